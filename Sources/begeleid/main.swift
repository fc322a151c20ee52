import BegeleidCLI
import Foundation

exit(Begeleid.run(arguments: Array(CommandLine.arguments.dropFirst())))

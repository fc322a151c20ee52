import BegeleidModel
import Foundation
import NIOCore

/// On the listening socket. When accepting fails (here: because the process or
/// the system has no file descriptors left, EMFILE or ENFILE), NIO keeps the
/// socket open and tries again a second later (its AcceptBackoffHandler); this
/// says so in the terminal, once, and again when a connection is accepted after it.
final class AcceptWatch: ChannelInboundHandler {
    typealias InboundIn = any Channel
    typealias InboundOut = any Channel

    private let say: @Sendable (LocalizedText) -> Void
    private var exhausted = false

    init(say: @escaping @Sendable (LocalizedText) -> Void) {
        self.say = say
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let error = error as? IOError, [EMFILE, ENFILE].contains(error.errnoCode), !exhausted {
            exhausted = true
            say(LocalizedText(
                nl: "geen vrije bestandsdescriptors meer (\(error.errnoCode == ENFILE ? "systeem" : "proces")): nieuwe verbindingen wachten tot er weer ruimte is; het voorbeeld draait door",
                en: "out of file descriptors (\(error.errnoCode == ENFILE ? "system" : "process")): new connections wait until there is room again; the preview keeps running"))
        }
        context.fireErrorCaught(error)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if exhausted {
            exhausted = false
            say(LocalizedText(nl: "verbindingen worden weer aangenomen", en: "accepting connections again"))
        }
        context.fireChannelRead(data)
    }
}

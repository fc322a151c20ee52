import Foundation

extension Proposing {
    /// The slugs of the profiles in `input`/organisaties/, sorted and without repeats:
    /// what `voorstel` accepts as arguments (and what shell completion offers).
    public static func profileSlugs(input: String) -> [String] {
        let folder = (input as NSString).appendingPathComponent("organisaties")
        return Array(Set(ProfileFiles.collect(folder).map(ProfileFiles.slug(forPath:)))).sorted()
    }
}

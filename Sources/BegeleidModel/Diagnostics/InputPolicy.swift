/// What an input file may be before it is read: how large, and where it may
/// lead. Every reader of notes, profiles, the offer and `waarden.yaml` reads
/// through `InputFile` under one policy.
public struct InputPolicy: Sendable, Equatable {
    /// 1 MiB: a day of notes is some 20 KB; anything near this is pasted by mistake.
    public static let defaultMaxBytes = 1 << 20

    /// Files larger than this are refused unread (`--max-input-size`).
    public var maxBytes: Int
    /// The folder a file may not lead out of through a symbolic link; nil
    /// when files were named one by one.
    public var root: String?
    /// Text an editor holds but has not saved, by path (`begeleid lsp`): read
    /// instead of the file on disk, under the same size limit.
    public var unsaved: [String: [UInt8]] = [:]

    public init(maxBytes: Int = InputPolicy.defaultMaxBytes, root: String? = nil, unsaved: [String: [UInt8]] = [:]) {
        self.maxBytes = maxBytes
        self.root = root
        self.unsaved = unsaved
    }

    public static let standard = InputPolicy()

    /// The same policy confined to `root`.
    public func confined(to root: String?) -> InputPolicy {
        InputPolicy(maxBytes: maxBytes, root: root, unsaved: unsaved)
    }
}

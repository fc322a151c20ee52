/// The tool's version: shown by `--version`, and part of what makes an
/// incremental build's cache valid (a new version renders everything anew).
public enum BegeleidVersion {
    public static let current = "0.2.0"
}

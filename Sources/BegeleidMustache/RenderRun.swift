/// One rendering: the context stack and the bytes written so far. Mirrors swift-mustache's
/// `MustacheTemplate.render` (lookup through the stack, truthiness, partial indentation) over
/// `MustacheValue`, appending to one byte buffer instead of concatenating strings.
struct RenderRun {
    let library: TemplateLibrary
    private(set) var output: [UInt8] = []
    private var stack: [MustacheValue]
    /// Partials open around the current one. A partial that includes itself (directly or through
    /// others) while the data keeps a section open would recurse for ever (swift-mustache crashed);
    /// past `maximumPartialDepth` a partial renders as nothing.
    private var partialDepth = 0
    static let maximumPartialDepth = 64
    /// Tokens left to render: sections nested over lists multiply (100 levels over two items each
    /// would never end).
    private var budget: Int
    /// The partials found so far, by name (a template parsed when first used is behind a lock: looked up once a page).
    private var partials: [String: Template] = [:]

    init(library: TemplateLibrary, root: MustacheValue, budget: Int) {
        self.library = library
        self.budget = budget
        stack = [root]
        output.reserveCapacity(16_384)
    }

    /// Room for `size` bytes of output, made up front.
    mutating func reserve(_ size: Int) {
        if size > output.capacity { output.reserveCapacity(size) }
    }

    /// Renders `nodes`. With an indentation (a partial standing alone, indented), every token
    /// that writes something right after a newline this call wrote gets the indentation first.
    mutating func render(_ nodes: [Node], type: ContentType, indentation: [UInt8]?) {
        var type = type
        guard let indentation, !indentation.isEmpty else {
            nodes.forEachBorrowed { render($0, type: &type, indentation: indentation) }
            return
        }
        let base = output.count
        nodes.forEachBorrowed { node in
            let mark = output.count
            // swift-mustache tests `string.last == "\n"`: a final "\r\n" is one character, not "\n".
            let afterNewline = mark > base && output[mark - 1] == 0x0A && (mark - base == 1 || output[mark - 2] != 0x0D)
            render(node, type: &type, indentation: indentation)
            if afterNewline, output.count > mark { output.insert(contentsOf: indentation, at: mark) }
        }
    }

    private mutating func render(_ node: Node, type: inout ContentType, indentation: [UInt8]?) {
        guard budget > 0 else { return }
        budget -= 1
        switch node.kind {
        case .text:
            // Borrowed: `append(contentsOf:)` takes its argument owned, a retain of the shared text.
            node.bytes.withUnsafeBufferPointer { output.append(contentsOf: $0) }
        case .variable:
            guard let value = lookup(node.path) else { return }
            if case .string(let string) = value {
                append(string, node.escaped ? type : .text)
            } else {
                append(value.text, node.escaped ? type : .text)
            }
        case .section:
            guard let value = lookup(node.path) else { return }
            switch value {
            case .list(let items):
                for item in items { within(item) { $0.render(node.children, type: type, indentation: indentation) } }
            case .bool(let isTrue):
                if isTrue { render(node.children, type: type, indentation: indentation) }
            default:
                within(value) { $0.render(node.children, type: type, indentation: indentation) }
            }
        case .invertedSection:
            switch lookup(node.path) {
            case nil:
                render(node.children, type: type, indentation: indentation)
            case .list(let items)?:
                if items.isEmpty { within(.list(items)) { $0.render(node.children, type: type, indentation: indentation) } }
            case .bool(let isTrue)?:
                if !isTrue { render(node.children, type: type, indentation: indentation) }
            default:
                break
            }
        case .partial:
            guard let template = partial(node.name), partialDepth < Self.maximumPartialDepth else { return }
            let combined = node.indented ? (indentation ?? []) + node.bytes : indentation
            partialDepth += 1
            render(template.nodes, type: .html, indentation: combined)
            partialDepth -= 1
        case .contentType:
            type = node.contentType
        }
    }

    private mutating func partial(_ name: String) -> Template? {
        if let found = partials[name] { return found }
        let found = library.template(named: name)
        partials[name] = found
        return found
    }

    private mutating func within(_ value: MustacheValue, _ body: (inout RenderRun) -> Void) {
        stack.append(value)
        body(&self)
        stack.removeLast()
    }

    /// `a.b`: the first object up the stack that has `a`, then `b` in it; `.a.b` only in the top.
    private func lookup(_ path: Path) -> MustacheValue? {
        guard let first = path.components.first else { return stack.last }
        // Through the stack's buffer, each object borrowed where it lies: iterating `stack.reversed()` copied
        // (retained and released) every object passed, and so did asking `stack[index]` for a member.
        var found = stack.withUnsafeBufferPointer { frames -> MustacheValue? in
            var index = frames.count - 1
            let deepest = path.inTopOnly ? index : 0
            while index >= deepest {
                if case .object(let members) = frames[index], let value = members[first] { return value }
                index -= 1
            }
            return nil
        }
        // (Most names have one component: then no slice of the rest is made.)
        if path.components.count > 1 {
            for component in path.components.dropFirst() {
                found = found?[component]
            }
        }
        return found
    }

    private mutating func append(_ string: String, _ type: ContentType) {
        switch type {
        case .text: output.append(contentsOf: string.utf8)
        case .html: Escaping.appendHTML(string, to: &output)
        case .markdown: Escaping.appendMarkdown(string, to: &output)
        }
    }
}

extension Array where Element == Node {
    /// Calls `body` with each node borrowed where it lies. `for node in nodes` retained and released every node
    /// visited (a rendering visits thousands), and the templates' nodes are shared by the workers, so each of
    /// those counts also went from core to core. The array, held by its caller for the whole call, keeps them.
    @inline(__always)
    func forEachBorrowed(_ body: (Node) -> Void) {
        withUnsafeBufferPointer { nodes in
            for index in nodes.indices {
                Unmanaged.passUnretained(nodes[index])._withUnsafeGuaranteedRef(body)
            }
        }
    }
}

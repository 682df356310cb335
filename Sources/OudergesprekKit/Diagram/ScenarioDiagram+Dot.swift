extension ScenarioDiagram {
  /// The diagram in Graphviz's dot language (`dot -Tsvg`): the same states, ends and labelled transitions.
  public func dot() -> String {
    var lines = [
      "digraph \(Self.dotText(id)) {",
      "  label=\(Self.dotText(title));",
      "  labelloc=t;",
      "  fontname=\"Helvetica\";",
      "  rankdir=LR;",
      "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
      "  edge [fontname=\"Helvetica\", fontsize=10];",
      "  \(Self.startKey) [shape=point, width=0.15, label=\"\"];",
    ]
    for node in nodes {
      let label = Self.dotText(labelLines(node).joined(separator: "\n"))
      switch node.state.ending {
      case nil:
        lines.append("  \(node.key) [label=\(label)];")
      case .opgelost?:
        lines.append("  \(node.key) [label=\(label), peripheries=2, style=\"rounded,filled\", fillcolor=\"#d8f3dc\"];")
      case .some:
        lines.append("  \(node.key) [label=\(label), peripheries=2, style=\"rounded,filled\", fillcolor=\"#ffe3e3\"];")
      }
    }
    if hasEveryStateEdges {
      lines.append(
        "  \(Self.everyStateKey) [label=\(Self.dotText(Self.everyStateLabel)), shape=hexagon, style=dashed];")
    }
    lines.append("  \(Self.startKey) -> \(start);")
    for edge in edges {
      lines.append("  \(edge.from ?? Self.everyStateKey) -> \(edge.to) [label=\(Self.dotText(edge.label))];")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A quoted dot string: backslashes and quotes escaped, a line break as `\n`.
  static func dotText(_ text: String) -> String {
    "\"" + escape(text, ["\\": "\\\\", "\"": "\\\"", "\n": "\\n", "\r": " ", "\t": " "]) + "\""
  }
}

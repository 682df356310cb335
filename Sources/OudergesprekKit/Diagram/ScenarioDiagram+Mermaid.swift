extension ScenarioDiagram {
  /// The diagram as a Mermaid flowchart: it renders on GitHub and GitLab inside a ```` ```mermaid ```` block.
  ///
  /// The start is a small circle pointing at the first state; ends are rounded, green (opgelost) or red
  /// (geescaleerd); every edge is labelled "N. markers (K× achter elkaar)".
  public func mermaid() -> String {
    var lines = [
      "---", "title: \(Self.yamlText(title))", "---", "flowchart LR",
      "  \(Self.startKey)((\"begin\")) --> \(start)",
    ]
    for node in nodes {
      let label = labelLines(node).map(Self.mermaidText).joined(separator: "<br/>")
      lines.append(node.state.ending == nil ? "  \(node.key)[\"\(label)\"]" : "  \(node.key)([\"\(label)\"])")
    }
    if hasEveryStateEdges {
      lines.append("  \(Self.everyStateKey){{\"\(Self.everyStateLabel)\"}}")
    }
    for edge in edges {
      let from = edge.from ?? Self.everyStateKey
      lines.append("  \(from) -->|\"\(Self.mermaidText(edge.label))\"| \(edge.to)")
    }
    lines.append("  classDef opgelost fill:#d8f3dc,stroke:#2d6a4f,stroke-width:2px")
    lines.append("  classDef geescaleerd fill:#ffe3e3,stroke:#c0392b,stroke-width:2px")
    lines.append("  classDef startpunt fill:#333,stroke:#333,color:#fff")
    lines.append("  class \(Self.startKey) startpunt")
    let good = nodes.filter { $0.state.ending == .opgelost }.map(\.key)
    let bad = nodes.filter { $0.state.ending != nil && $0.state.ending != .opgelost }.map(\.key)
    if !good.isEmpty { lines.append("  class \(good.joined(separator: ",")) opgelost") }
    if !bad.isEmpty { lines.append("  class \(bad.joined(separator: ",")) geescaleerd") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A double-quoted YAML string, for the title in the diagram's front matter.
  static func yamlText(_ text: String) -> String {
    "\"" + escape(text, ["\\": "\\\\", "\"": "\\\"", "\n": " ", "\r": " ", "\t": " "]) + "\""
  }

  /// Text inside a quoted Mermaid label: quotes, angle brackets and `#` as Mermaid entities, on one line.
  static func mermaidText(_ text: String) -> String {
    escape(text, ["#": "#35;", "\"": "#quot;", "<": "#lt;", ">": "#gt;", "\n": " ", "\r": " ", "\t": " "])
  }
}

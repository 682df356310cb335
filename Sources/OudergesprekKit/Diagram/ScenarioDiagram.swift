/// A scenario's emotion model as a diagram: its states (with intensity, the start and the ends marked) and its
/// transitions (labelled with their place in the file, their markers and `achterElkaar`).
///
/// Rendered as Mermaid (`mermaid()`) or Graphviz (`dot()`) by `oudergesprek graaf`.
public struct ScenarioDiagram: Sendable, Equatable {
  /// One state of the parent.
  public struct Node: Sendable, Equatable {
    /// The id in the diagram (`s0`, `s1`, …): safe in both languages whatever the state is called.
    public var key: String
    public var state: EmotionState
  }

  /// One transition from one state (or from every state that is not an end) to another.
  public struct Edge: Sendable, Equatable {
    /// The node it leaves; nil for a transition without `van` or with `"*"`: every state that is not an end.
    public var from: String?
    public var to: String
    /// The transition's number in the file (1-based): the first that fits fires.
    public var order: Int
    /// The markers, families or `neutraal` it listens for.
    public var on: [String]
    public var inARow: Int

    /// "3. blokkade (2× achter elkaar)".
    public var label: String {
      "\(order). \(on.joined(separator: ", "))" + (inARow > 1 ? " (\(inARow)× achter elkaar)" : "")
    }
  }

  public var title: String
  public var id: String
  public var nodes: [Node]
  /// The node the conversation starts in.
  public var start: String
  public var edges: [Edge]

  /// The diagram of `scenario`'s emotion model.
  public init(_ scenario: Scenario) {
    let model = scenario.emotions
    title = scenario.title
    id = scenario.id
    nodes = model.states.enumerated().map { Node(key: "s\($0.offset)", state: $0.element) }
    let keys = Dictionary(nodes.map { ($0.state.id, $0.key) }, uniquingKeysWith: { first, _ in first })
    start = keys[model.start] ?? "s0"
    edges = model.transitions.enumerated().flatMap { index, transition -> [Edge] in
      let to = keys[transition.to] ?? transition.to
      let on = transition.on.map(\.description)
      let sources: [String?] = transition.from.isEmpty ? [nil] : transition.from.map { keys[$0] ?? $0 }
      return sources.map { Edge(from: $0, to: to, order: index + 1, on: on, inARow: transition.inARow) }
    }
  }

  /// Whether some transition leaves every state that is not an end (then the diagram has an "elke toestand" node).
  public var hasEveryStateEdges: Bool { edges.contains { $0.from == nil } }

  /// The lines of a state's label: its name, its id and intensity, and its end.
  func labelLines(_ node: Node) -> [String] {
    let intensity = "intensiteit \(node.state.intensity)"
    var lines = [node.state.name, node.state.name == node.state.id ? intensity : "\(node.state.id) · \(intensity)"]
    if let ending = node.state.ending { lines.append("einde: \(ending.rawValue)") }
    return lines
  }

  /// The key of the pseudo-node for transitions that leave every state that is not an end.
  static let everyStateKey = "s_elk"
  /// The key of the start marker.
  static let startKey = "s_begin"
  /// Its label.
  static let everyStateLabel = "elke toestand (behalve een einde)"

  /// `text` with each scalar in `table` replaced by its text (scalars, so that `\r\n` is two replacements).
  static func escape(_ text: String, _ table: [Unicode.Scalar: String]) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if let replacement = table[scalar] { result += replacement } else { result.unicodeScalars.append(scalar) }
    }
    return result
  }
}

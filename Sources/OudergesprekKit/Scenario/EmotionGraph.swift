/// The states of an emotion model as a directed graph, for reachability checks.
struct EmotionGraph {
  private var edges: [String: Set<String>] = [:]

  init(_ model: EmotionModel) {
    for state in model.states where state.ending == nil {
      for transition in model.transitions where transition.applies(in: state.id) {
        edges[state.id, default: []].insert(transition.to)
      }
    }
  }

  func successors(of state: String) -> Set<String> {
    edges[state] ?? []
  }

  func reachable(from start: String) -> Set<String> {
    var seen: Set<String> = [start]
    var queue = [start]
    while let state = queue.popLast() {
      for next in successors(of: state) where seen.insert(next).inserted {
        queue.append(next)
      }
    }
    return seen
  }
}

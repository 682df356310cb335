/// What calms and what angers the parent, derived from the scenario's transitions.
extension RoleCard {
  enum Direction {
    case calmer, angrier
  }

  /// The selectors of the transitions that move the parent in `direction`, in file order, without repeats.
  ///
  /// Listening and ending families are spelled out marker by marker (plain Dutch); single blockades fold into
  /// "een blokkade" when the family is there. What calms somewhere is not listed as angering (a parent who
  /// opens up may become sad, which is more intense but not angrier).
  func selectors(_ direction: Direction) -> [MarkerSelector] {
    let found = normalized(in: direction)
    guard direction == .angrier else { return found }
    let calming = Set(normalized(in: .calmer))
    return found.filter { !calming.contains($0) }
  }

  private func normalized(in direction: Direction) -> [MarkerSelector] {
    var found: [MarkerSelector] = []
    for transition in scenario.emotions.transitions where self.direction(of: transition) == direction {
      for selector in transition.on {
        let expanded: [MarkerSelector] =
          switch selector {
          case .family(.luisteren), .family(.afronding):
            if case .family(let family) = selector { family.markers.map { .marker($0) } } else { [] }
          default: [selector]
          }
        for item in expanded where !found.contains(item) { found.append(item) }
      }
    }
    if found.contains(.family(.blokkade)) {
      found.removeAll { if case .marker(let marker) = $0 { marker.isBlockade } else { false } }
    }
    return found
  }

  /// Whether a transition calms or angers: an agreeing end calms, a walk-out angers, else the intensities decide.
  func direction(of transition: EmotionTransition) -> Direction? {
    guard let target = scenario.emotions.state(transition.to) else { return nil }
    switch target.ending {
    case .opgelost: return .calmer
    case .geescaleerd: return .angrier
    default: break
    }
    let sources = sourceStates(of: transition)
    guard !sources.isEmpty else { return nil }
    let average = Double(sources.map(\.intensity).reduce(0, +)) / Double(sources.count)
    if Double(target.intensity) < average { return .calmer }
    if Double(target.intensity) > average { return .angrier }
    return nil
  }

  func sourceStates(of transition: EmotionTransition) -> [EmotionState] {
    let states = scenario.emotions.states
    return transition.from.isEmpty
      ? states.filter { $0.ending == nil } : transition.from.compactMap { scenario.emotions.state($0) }
  }

  /// "Als je boos bent en de docent 2 keer achter elkaar …, breek je het gesprek af": one per transition to such an end.
  func endings(_ outcome: ConversationOutcome, _ consequence: String) -> [String] {
    scenario.emotions.transitions.compactMap { transition in
      guard scenario.emotions.state(transition.to)?.ending == outcome else { return nil }
      let moods = TeacherMovePhrases.list(
        sourceStates(of: transition).map { "'\(TerminalText.neutralize($0.name))'" }, last: "of")
      let times = transition.inARow > 1 ? "\(transition.inARow) keer achter elkaar " : ""
      let moves = TeacherMovePhrases.list(transition.on.map(TeacherMovePhrases.present), last: "of")
      return "Als je in de stemming \(moods) bent en de docent \(times)\(moves), \(consequence)."
    }
  }

  static func sentence(_ opening: String, _ selectors: [MarkerSelector]) -> String? {
    guard !selectors.isEmpty else { return nil }
    return opening + " " + TeacherMovePhrases.list(selectors.map(TeacherMovePhrases.present), last: "of") + "."
  }
}

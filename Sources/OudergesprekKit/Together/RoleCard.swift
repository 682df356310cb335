/// The role card for the colleague who plays the parent: who they are, what they expect and know,
/// and in plain Dutch what makes this parent calmer or angrier, derived from the scenario's emotion model.
public struct RoleCard: Sendable {
  public let scenario: Scenario
  /// Who plays the student, when the student is at the table.
  public let studentPlayer: Player?

  public init(scenario: Scenario, studentPlayer: Player?) {
    self.scenario = scenario
    self.studentPlayer = studentPlayer
  }

  /// The whole card as text.
  public func text(style: TextStyle) -> String {
    let s = scenario
    let safe = { (text: String) in TerminalText.neutralize(text) }
    var lines: [String] = [style.bold("Rolkaart voor de collega (docent: even niet meekijken)"), ""]
    var who = "Jij speelt \(safe(s.parent.name)), \(safe(s.parent.relation))"
    if let student = s.student { who += " van \(safe(student.name)) (\(safe(student.group)))" }
    lines.append(style.bold(who + "."))
    lines.append(TextWrap.wrap(safe(s.parent.background), indent: "  "))
    lines.append(TextWrap.wrap("Je spreekt de docent aan met: \(safe(s.parent.addressesTeacherAs)).", indent: "  "))
    lines.append(style.bold("Wat je verwacht"))
    lines.append(TextWrap.wrap(safe(s.parent.expectation), indent: "  "))
    lines.append(style.bold("Wat je weet"))
    for sentence in knowledge { lines.append(TextWrap.wrap(sentence, indent: "  ")) }
    lines.append(style.bold("Hoe je speelt"))
    for sentence in playing { lines.append(TextWrap.wrap("- " + sentence, indent: "  ")) }
    return lines.joined(separator: "\n")
  }

  /// Who asked for the conversation, whether the student is there, and what the teacher was told.
  var knowledge: [String] {
    let s = scenario
    let child = s.student.map { TerminalText.neutralize($0.name) } ?? "je kind"
    var sentences: [String] = []
    switch s.initiator {
    case .school: sentences.append("School heeft jou uitgenodigd voor dit gesprek.")
    case .ouder: sentences.append("Jij hebt om dit gesprek gevraagd.")
    case .leerling: sentences.append("\(child) heeft om dit gesprek gevraagd.")
    }
    if let student = s.student {
      if student.present {
        let player = studentPlayer == .derde ? "een derde speler speelt \(child)" : "jij speelt \(child) ook"
        sentences.append(
          "\(child) zit bij het gesprek: \(player). Als de docent \(child) aanspreekt, is \(child) aan de beurt.")
      } else {
        sentences.append("\(child) is niet bij het gesprek.")
      }
    }
    sentences.append("De docent weet dit: " + TerminalText.neutralize(s.briefing.situation))
    sentences.append(contentsOf: s.briefing.known.map { "- " + TerminalText.neutralize($0) })
    return sentences
  }

  /// How to play: the start, the moods, what calms and what angers, the ends, typical reactions.
  var playing: [String] {
    let emotions = scenario.emotions
    var sentences: [String] = []
    if let start = emotions.state(emotions.start) {
      let moods = emotions.states.filter { $0.ending == nil }.map {
        "\(TerminalText.neutralize($0.name)) (\($0.intensity))"
      }
      sentences.append(
        "Je begint \(TerminalText.neutralize(start.name)) (\(start.intensity)/10). Je stemmingen: \(moods.joined(separator: ", "))."
      )
    }
    if let calmer = Self.sentence("Je wordt rustiger als de docent", selectors(.calmer)) { sentences.append(calmer) }
    if let angrier = Self.sentence("Je wordt bozer of feller als de docent", selectors(.angrier)) {
      sentences.append(angrier)
    }
    sentences.append(contentsOf: endings(.opgelost, "ben je klaar om afspraken te maken"))
    sentences.append(contentsOf: endings(.geescaleerd, "breek je het gesprek af en loop je weg"))
    if let rule = scenario.earlyEnding {
      sentences.append(
        "Blijf je \(rule.turns) beurten op \(rule.minimumIntensity)/10 of hoger, laat dan merken dat jullie rondjes draaien."
      )
    }
    for reaction in scenario.emotions.reactions.prefix(4) {
      guard let line = reaction.lines.first else { continue }
      let trigger = TeacherMovePhrases.list(reaction.on.map(TeacherMovePhrases.present), last: "of")
      sentences.append("Als de docent \(trigger), zeg je bijvoorbeeld: \"\(TerminalText.neutralize(line))\"")
    }
    sentences.append(
      "Na elke beurt van de docent zie je welke stemming je nu speelt en waarom, met een voorstel voor je zin: "
        + "typ je eigen zin of druk op Enter voor het voorstel.")
    return sentences
  }

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

  private func sourceStates(of transition: EmotionTransition) -> [EmotionState] {
    let states = scenario.emotions.states
    return transition.from.isEmpty
      ? states.filter { $0.ending == nil } : transition.from.compactMap { scenario.emotions.state($0) }
  }

  /// "Als je boos bent en de docent 2 keer achter elkaar …, breek je het gesprek af": one per transition to such an end.
  private func endings(_ outcome: ConversationOutcome, _ consequence: String) -> [String] {
    scenario.emotions.transitions.compactMap { transition in
      guard scenario.emotions.state(transition.to)?.ending == outcome else { return nil }
      let moods = TeacherMovePhrases.list(
        sourceStates(of: transition).map { "'\(TerminalText.neutralize($0.name))'" }, last: "of")
      let times = transition.inARow > 1 ? "\(transition.inARow) keer achter elkaar " : ""
      let moves = TeacherMovePhrases.list(transition.on.map(TeacherMovePhrases.present), last: "of")
      return "Als je in de stemming \(moods) bent en de docent \(times)\(moves), \(consequence)."
    }
  }

  private static func sentence(_ opening: String, _ selectors: [MarkerSelector]) -> String? {
    guard !selectors.isEmpty else { return nil }
    return opening + " " + TeacherMovePhrases.list(selectors.map(TeacherMovePhrases.present), last: "of") + "."
  }
}

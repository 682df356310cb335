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
    lines.append(style.bold("Wat je verwacht (zo beschrijft het scenario de ouder die jij speelt)"))
    lines.append(TextWrap.wrap(safe(s.parent.expectation), indent: "  "))
    lines.append(style.bold("Wat je weet"))
    for sentence in knowledge { lines.append(TextWrap.wrap(sentence, indent: "  ")) }
    let story = storyGuidance
    if !story.isEmpty {
      lines.append(style.bold("Jouw verhaal: wat je vertelt en wanneer"))
      for sentence in story { lines.append(TextWrap.wrap("- " + sentence, indent: "  ")) }
    }
    let student = studentGuidance
    if !student.isEmpty {
      lines.append(style.bold(studentPlayer == .derde ? "Voor wie de leerling speelt" : "Als je de leerling speelt"))
      for sentence in student { lines.append(TextWrap.wrap("- " + sentence, indent: "  ")) }
    }
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
    sentences.append("De docent kreeg deze briefing: " + ReportFormat.quote(s.briefing.situation))
    sentences.append("De docent weet ook:")
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
}

import Testing

@testable import OudergesprekKit

/// With the student at the table, a question put to the student by name is answered by the student, and the
/// parent does not answer it; a question to the parent about the student is hers (issue 11, cause 5).
@Suite("Een vraag aan de leerling bij naam beantwoordt de leerling")
struct StoryStudentAddressedTests {
  static let forms = [
    "{naam}, hoe is het voor jou?", "Hoe kijk jij er zelf tegenaan, {naam}?", "{naam}, wat vind jij ervan?",
    "En jij {naam}, wat wil jij het liefst?",
  ]

  /// Who spoke after `reply`: the student's and the parent's lines.
  func speakers(_ scenario: Scenario, _ reply: String) -> (student: Int, parent: Int) {
    let (_, steps) = ScenarioPlaythroughTests.play(["Fijn dat jullie er zijn.", reply], in: scenario, seed: 5)
    let events = steps.last ?? []
    let student = events.filter { if case .studentSpeaks = $0 { true } else { false } }.count
    let parent = events.filter { if case .parentSpeaks = $0 { true } else { false } }.count
    return (student, parent)
  }

  @Test("aangesproken bij naam antwoordt de leerling, de ouder niet", arguments: StoryNoRepeatAcrossPoolsTests.ids)
  func studentAnswers(id: String) throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    guard scenario.studentPresent, let name = scenario.student?.name else { return }
    for form in Self.forms {
      let reply = form.replacingOccurrences(of: "{naam}", with: name)
      let (student, parent) = speakers(scenario, reply)
      #expect(student == 1 && parent == 0, "\(id): \(reply) -> student \(student), parent \(parent)")
    }
    let (student, parent) = speakers(scenario, "Hoe gaat het thuis met \(name), denkt u?")
    #expect(student == 0 && parent == 1, "\(id): question to the parent -> student \(student), parent \(parent)")
  }

  @Test("er is minstens één scenario met de leerling aan tafel")
  func someScenarioHasStudent() throws {
    let present = try StoryNoRepeatAcrossPoolsTests.ids.filter {
      try StoryPlaythroughTests.scenario($0).0.studentPresent
    }
    #expect(present.count >= 2, "\(present)")
  }
}

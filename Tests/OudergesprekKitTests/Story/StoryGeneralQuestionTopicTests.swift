import Testing

@testable import OudergesprekKit

/// General open questions ("Wat heeft u zelf al geprobeerd?", "Wat verwacht u van ons?", "Hoe gaat het thuis?")
/// reach the matching topic in every scenario that has one (issue 11, cause 4).
@Suite("Algemene open vragen bereiken het passende onderwerp")
struct StoryGeneralQuestionTopicTests {
  /// Each question with the words of which one marks a topic of its kind.
  static let kinds: [(question: String, marks: [String])] = [
    ("Wat heeft u zelf al geprobeerd?", ["al gedaan", "geprobeerd", "zelf gedaan"]),
    ("Wat verwacht u van ons?", ["wat verwacht u", "verwacht", "verwachting"]),
    ("Hoe gaat het thuis?", ["thuis", "bij u thuis", "gezin", "thuissituatie"]),
  ]

  @Test(
    "in elk scenario met zo'n onderwerp komt de vraag bij dat onderwerp", arguments: StoryNoRepeatAcrossPoolsTests.ids)
  func reachesTopic(id: String) throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let story = try #require(scenario.story)
    for kind in Self.kinds {
      let matching = Set(story.topics.filter { $0.words.contains(where: kind.marks.contains) }.map(\.id))
      guard !matching.isEmpty else { continue }
      let (_, steps) = ScenarioPlaythroughTests.play(["Fijn dat u er bent.", kind.question], in: scenario, seed: 4)
      let events = try #require(steps.last)
      let note = events.compactMap { if case .storyNoted(let note) = $0 { note } else { nil } }.first
      #expect(
        note.map { !matching.isDisjoint(with: $0.topics) } == true,
        "\(id): \(kind.question) -> \(String(describing: note?.topics)), expected one of \(matching.sorted())")
    }
  }
}

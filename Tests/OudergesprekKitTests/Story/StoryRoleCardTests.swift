import Testing

@testable import OudergesprekKit

@Suite("Het verhaal op de rolkaart en in samen")
struct StoryRoleCardTests {
  let scenario = BuiltInScenario.loaded.scenario!
  var flat: String {
    RoleCard(scenario: scenario, studentPlayer: nil).text(style: .plain).replacingOccurrences(of: "\n  ", with: " ")
  }

  @Test("de kaart noemt elk onderwerp, elke kern met wanneer je hem vertelt, de schoolpunten en haar vragen")
  func cardListsTheStory() throws {
    let story = try #require(scenario.story)
    let card = flat
    for topic in story.topics { #expect(card.contains("Over \(topic.name)")) }
    for fact in story.keyFacts {
      #expect(card.contains(fact.fact))
      #expect(card.contains("\(fact.openUpToIntensity)/10 of rustiger"))
    }
    for question in story.questions { #expect(card.contains(question.question)) }
    #expect(!card.contains("De docent weet dit: Je bent"), "de briefing van de docent staat tussen aanhalingstekens")
  }

  @Test("met de leerling aan tafel zegt de kaart hoe je de leerling speelt")
  func studentGuidance() {
    var withStudent = scenario
    withStudent.student?.present = true
    let card = RoleCard(scenario: withStudent, studentPlayer: .collega).text(style: .plain)
    #expect(card.contains("Als je de leerling speelt"))
    #expect(!RoleCard(scenario: scenario, studentPlayer: nil).text(style: .plain).contains("de leerling speelt"))
  }

  @Test("in samen volgt de voorgestelde zin dezelfde keuze, en het transcript legt die vast")
  func togetherFollowsTheEngine() throws {
    var session = TogetherSession(
      engine: ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer()), seed: 1, style: .plain)
    _ = session.opening()
    if case .parent = session.turn { _ = session.handle("") }
    _ = session.handle("Ik hoor dat u zich zorgen maakt.")
    _ = session.handle("")
    _ = session.handle("Hoe gaat het met haar vriendinnen?")
    #expect(session.showsPrivately("/rol"))
    _ = session.handle("")
    let teacher = try #require(session.transcript.turns.last { $0.speaker == .docent })
    #expect(teacher.topics == ["vriendinnen"])
    let parent = try #require(session.transcript.turns.last { $0.speaker == .ouder })
    #expect(parent.reason == .topic)
    #expect(["vriendinnen", "vriendin-kwijt"].contains(parent.about ?? ""))
  }
}

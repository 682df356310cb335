import Testing

@testable import OudergesprekKit

/// No line of the parent twice while others are left: the opening included (issue 11, round 2).
@Suite("De ouder herhaalt geen regel woord voor woord")
struct StoryNoRepeatTests {
  @Test("na een groet en een bedankje komt de openingszin niet terug", arguments: [UInt64(1), 2, 3, 4, 5])
  func openingNotRepeated(seed: UInt64) throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario("leerling-vraagt-gesprek-overbelast")
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var (state, events) = engine.start(seed: seed)
    var said = events.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }
    for reply in ["Goedemiddag, fijn dat u er bent.", "Dank u wel dat u tijd heeft gemaakt.", "Ik luister."] {
      (state, events) = engine.respond(to: reply, in: state)
      said += events.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }
    }
    #expect(said.count == 4)
    #expect(Set(said).count == said.count, "\(said)")
  }
}

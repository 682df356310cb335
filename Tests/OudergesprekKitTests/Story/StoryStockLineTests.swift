import Testing

@testable import OudergesprekKit

/// The engine's own lines (clarifying, back to the point, fillers) are spoken in the scenario's voice, and a
/// reaction whose lines are all said gives way to a line not said yet.
@Suite("Eigen zinnen van het programma")
struct StoryStockLineTests {
  func lines(_ id: String, _ replies: [(String, [Marker])], seed: UInt64 = 1) throws -> [String] {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var (state, events) = engine.start(seed: seed)
    var all = events
    for (text, markers) in replies where !state.isOver {
      (state, events) = engine.respond(to: ReplyAnalysis(text: text, markers: markers, iMessageParts: []), in: state)
      all += events
    }
    return all.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }
  }

  @Test("met een tolk spreekt ook een eigen zin van het programma via de tolk", arguments: [1, 2, 3] as [UInt64])
  func interpreterVoice(seed: UInt64) throws {
    let (_, story) = try StoryPlaythroughTests.scenario("rapportgesprek-met-tolk")
    #expect(story.voicePrefix == "(de tolk) ")
    let spoken = try lines(
      "rapportgesprek-met-tolk",
      [("Hoe bedoelt u?", []), ("Gaat u deze zomer op vakantie?", []), ("Kookt u graag?", []), ("Hm.", [])],
      seed: seed)
    let stock = [StoryDefaults.unclear, StoryDefaults.backToPoint, StoryDefaults.filler].flatMap { $0 }
    #expect(!spoken.contains(where: stock.contains), "\(spoken)")
    #expect(spoken.filter { line in stock.contains { line.hasSuffix($0) } }.allSatisfy { $0.hasPrefix("(de tolk) ") })
  }

  @Test("zonder tolk spreekt de ouder zelf")
  func ownVoice() throws {
    let (_, story) = try StoryPlaythroughTests.scenario("bezorgde-moeder-cijfers")
    #expect(story.voicePrefix == nil)
  }

  @Test("een herhaalde blokkade krijgt geen zin woord voor woord opnieuw zolang er andere over zijn")
  func blockadeDoesNotRepeat() throws {
    let calm: (String, [Marker]) = ("Ik hoor dat het u raakt.", [.gevoelsreflectie])
    let soothe: (String, [Marker]) = ("Maakt u zich geen zorgen, het komt goed.", [.geruststellen])
    let spoken = try lines("pesten-moeder-van-gepeste-zoon", [calm, soothe, calm, soothe, calm, soothe])
    #expect(Set(spoken).count == spoken.count, "\(spoken)")
  }
}

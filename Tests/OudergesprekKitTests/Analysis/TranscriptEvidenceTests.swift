import Foundation
import Testing

@testable import OudergesprekKit

/// The transcript keeps the words that decided each finding, so a report can quote them.
@Suite("Bewijs van de analyser in het transcript")
struct TranscriptEvidenceTests {
  @Test("een antwoord met een blokkade bewaart de woorden die de blokkade maakten, niet het hele antwoord")
  func evidenceIsKept() throws {
    let engine = ConversationEngine(scenario: try Fixtures.minimalScenario(), analyzer: DutchReplyAnalyzer())
    var session = PracticeSession(engine: engine, seed: 1, style: .plain)
    let reply = "Ik snap dat u boos bent. Maakt u zich geen zorgen, het komt echt goed."
    _ = session.handle(reply)
    let turn = try #require(session.transcript.turns.first { $0.speaker == .docent })
    let reassurance = try #require(turn.evidence?.first { $0.marker == .geruststellen })
    #expect(!reassurance.words.isEmpty)
    #expect(reply.contains(reassurance.words))
    #expect(reassurance.words.count < reply.count)
    #expect(turn.evidence?.contains { $0.marker == .gevoelsreflectie } == true)

    let decoded = try Transcript.decode(try session.transcript.encoded())
    #expect(decoded.turns.first { $0.speaker == .docent }?.evidence == turn.evidence)
  }

  @Test("een transcript van voor het bewaren van bewijs leest nog: de beurt heeft dan geen bewijs")
  func olderTranscriptsStillRead() throws {
    let engine = ConversationEngine(scenario: try Fixtures.minimalScenario(), analyzer: DutchReplyAnalyzer())
    var session = PracticeSession(engine: engine, seed: 1, style: .plain)
    _ = session.handle("Wat is er gebeurd?")
    var object = try #require(
      try JSONSerialization.jsonObject(with: try session.transcript.encoded()) as? [String: Any])
    let turns = try #require(object["turns"] as? [[String: Any]])
    object["turns"] = turns.map { turn in turn.filter { $0.key != "evidence" } }
    let older = try Transcript.decode(try JSONSerialization.data(withJSONObject: object))
    let teacher = try #require(older.turns.first { $0.speaker == .docent })
    #expect(teacher.evidence == nil)
    #expect(teacher.markers == [.openVraag])
  }
}

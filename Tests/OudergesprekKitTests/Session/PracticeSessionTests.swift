import Foundation
import Testing

@testable import OudergesprekKit

@Suite("Oefensessie: commando's en transcript")
struct PracticeSessionTests {
  func session() throws -> PracticeSession {
    let engine = ConversationEngine(
      scenario: try Fixtures.minimalScenario(), analyzer: ConversationEngineTests.analyzer)
    return PracticeSession(engine: engine, seed: 1, style: .plain, clock: { Date(timeIntervalSince1970: 0) })
  }

  @Test("de opening toont briefing, uitleg en de eerste zin van de ouder met emotie")
  func opening() throws {
    let text = try session().opening()
    #expect(text.contains("Oefengesprek: Minimaal scenario voor tests"))
    #expect(text.contains("Doel van het gesprek"))
    #expect(text.contains("Piet Jansen (vader) [afwachtend 5/10]:\n  "))
  }

  @Test("/hulp, /kaart en /tip sturen niets naar de ouder en komen niet in het transcript")
  func commandsAreNotReplies() throws {
    var session = try session()
    #expect(session.handle("/hulp").contains("/stop"))
    #expect(session.handle("/kaart").contains("Checklist (Gordon)"))
    #expect(session.handle("/tip").contains("Tip: de ouder is nu \"afwachtend\""))
    #expect(session.transcript.turns.count == 1)
    #expect(session.state.turn == 0)
  }

  @Test("een onbekend commando of een leeg antwoord geeft uitleg en telt niet als beurt")
  func badInput() throws {
    var session = try session()
    #expect(session.handle("/stopp").contains("Onbekend commando '/stopp'"))
    #expect(session.handle("   ").contains("Je antwoord is leeg"))
    #expect(session.state.turn == 0)
  }

  @Test("elk antwoord komt in het transcript met markers en de emotie erna")
  func transcriptRecordsTurns() throws {
    var session = try session()
    _ = session.handle("bevel")
    let teacher = try #require(session.transcript.turns.first { $0.speaker == .docent })
    #expect(teacher.text == "bevel")
    #expect(teacher.markers == [.bevelen])
    #expect(teacher.emotion.state == "boos")
    #expect(session.transcript.turns.last?.speaker == .ouder)
  }

  @Test("/stop en einde van de invoer beëindigen het gesprek en bewaren de uitkomst")
  func stopping() throws {
    var stopped = try session()
    #expect(stopped.handle("/stop").contains("Afronden"))
    #expect(!stopped.isFinished)
    let text = stopped.interrupt(because: .endOfInput).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(stopped.transcript.outcome == .gestopt)
    #expect(text.contains(ConversationOutcome.gestopt.sentence(after: stopped.transcript.ending)))
    var ended = try session()
    _ = ended.handle("luister")
    #expect(ended.interrupt(because: .endOfInput).contains("Einde van de invoer"))
    #expect(ended.isFinished)
    #expect(ended.transcript.turns.contains { $0.text == "luister" })
  }
}

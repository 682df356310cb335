import Foundation
import Testing

@testable import OudergesprekKit

/// A pasted e-mail or a megabyte of text: analysed in part, kept whole, and the teacher is told.
@Suite("Heel lange antwoorden")
struct LongReplyTests {
  static let filler = String(repeating: "bla ", count: 250_000)

  @Test("alleen het begin wordt geanalyseerd, maar de analyse houdt het hele antwoord")
  func boundedAnalysis() {
    let reply = "Ik hoor dat u zich zorgen maakt. " + Self.filler + "Misschien moet u strenger zijn."
    let analysis = DutchReplyAnalyzer().analyzeBounded(reply)
    #expect(analysis.text == reply)
    #expect(analysis.markers.contains(.gevoelsreflectie))
    #expect(!analysis.markers.contains(.adviseren))
    #expect(ReplyAnalysis.isLong(reply))
    #expect(!ReplyAnalysis.isLong(String(repeating: "a", count: ReplyAnalysis.analysedLength)))
    #expect(ReplyAnalysis.isLong(String(repeating: "a", count: ReplyAnalysis.analysedLength + 1)))
  }

  @Test("de sessie zegt dat het antwoord lang is en het transcript bewaart het helemaal")
  func sessionKeepsLongReply() throws {
    let engine = ConversationEngine(scenario: try Fixtures.minimalScenario(), analyzer: DutchReplyAnalyzer())
    var session = PracticeSession(engine: engine, seed: 1, style: .plain)
    let reply = "Ik hoor dat u boos bent. " + Self.filler.trimmingCharacters(in: .whitespaces)
    let text = session.handle(reply)
    #expect(text.contains("Je antwoord is erg lang (\(reply.count) tekens)"))
    #expect(session.transcript.turns.last { $0.speaker == .docent }?.text == reply)
    #expect(!session.handle("Kort antwoord.").contains("erg lang"))
  }

  /// One long word costs in proportion to its length: it is no typo of any lexicon word and gives no finding.
  @Test("een heel lang woord geeft een analyse zonder bevindingen, en laat de rest van de zin staan")
  func longWord() {
    let analyzer = DutchReplyAnalyzer()
    for word in [String(repeating: "a", count: 16_000), String(repeating: "zorgen", count: 3_000)] {
      let alone = analyzer.analyze(word)
      #expect(alone.markers.isEmpty)
      #expect(alone.iMessageParts.isEmpty)
      #expect(alone.evidence.isEmpty)
      let inSentence = analyzer.analyze("Ik hoor dat u boos bent, " + word + ".")
      #expect(inSentence.markers == [.gevoelsreflectie])
    }
  }
}

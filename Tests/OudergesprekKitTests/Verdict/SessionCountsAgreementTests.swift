import Foundation
import Testing

@testable import OudergesprekKit

/// One analysis per reply, stored once, read by every view: the live feedback, the transcript file, the report
/// and `voortgang` count the same.
@Suite("Live, transcript, verslag en voortgang tellen hetzelfde")
struct SessionCountsAgreementTests {
  static let conversation = [
    "Ik hoor dat u zich zorgen maakt.",
    "Als Sanne in de pauze alleen zit, kan ze zich in de les niet concentreren en dat vind ik zorgelijk.",
    "Ik merk dat Sanne stiller is.",
    "Misschien moet u haar telefoon 's avonds innemen.",
    "Kunt u daar meer over vertellen?",
  ]
  static let closing = ["Ik stel voor dat we het gesprek nu afronden.", "Ik merk dat Sanne stiller is.", "Dank u wel."]

  @Test("een gespeeld gesprek: elke telling is overal gelijk, de slotwoorden apart")
  func everyViewAgrees() throws {
    let scenario = try #require(BuiltInScenario.loaded.scenario)
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var session = PracticeSession(engine: engine, seed: 3, style: .plain, clock: { Date(timeIntervalSince1970: 0) })

    // Live: what the trainee was shown after each reply.
    var live: [ReplyAnalysis] = []
    var shown: [String] = []
    for reply in Self.conversation {
      shown.append(session.handle(reply))
      live += session.lastEvents.compactMap { if case .analysed(let a) = $0 { a } else { nil } }
    }
    #expect(live.count == Self.conversation.count)
    for (analysis, text) in zip(live, shown) {
      #expect(text.contains(ReplyFeedback.line(for: analysis).prefix(20)), "de live feedback komt uit deze analyse")
    }
    _ = session.handle("/stop")
    for line in Self.closing { _ = session.handle(line) }
    _ = session.handle("")  // the parent protests once: no next step
    let terugblik = session.handle("")
    let liveClosing = try #require(session.ending?.replies)
    let finished = session.isFinished
    #expect(finished)

    // The live counts, computed here from the analyses the trainee saw.
    let liveListening = live.filter { $0.markers.contains { $0.family == .luisteren } }.count
    let liveIk = live.filter { $0.markers.contains(.ikBoodschap) }.count
    let liveComplete = live.filter { $0.markers.contains(.ikBoodschap) && Set($0.iMessageParts).count == 3 }.count
    let liveAanzet = live.filter { !$0.markers.contains(.ikBoodschap) && !$0.iMessageParts.isEmpty }.count
    let liveBlockades = live.reduce(0) { $0 + $1.markers.filter(\.isBlockade).count }
    #expect(liveComplete >= 1 && liveAanzet >= 1 && liveBlockades >= 1 && liveListening >= 1, "het script dekt alles")

    // The transcript, as written to and read back from its file.
    let stored = try Transcript.decode(try session.transcript.encoded())
    let teacherTurns = stored.turns.filter { $0.speaker == .docent && $0.counts }
    #expect(teacherTurns.count == live.count + liveClosing.count)
    for (turn, analysis) in zip(teacherTurns, live + liveClosing) {
      #expect(turn.markers ?? [] == analysis.markers)
      #expect(turn.iMessageParts ?? [] == analysis.iMessageParts)
    }

    // The report.
    let report = SessionReport(transcript: stored, scenario: scenario)
    let counts = report.review.counts
    #expect(counts.replies == live.count)
    #expect(counts.listening == liveListening)
    #expect(counts.iMessages == liveIk)
    #expect(counts.completeIMessages == liveComplete)
    #expect(counts.partialIMessages == liveAanzet)
    #expect(counts.blockades == liveBlockades)
    #expect(report.review.closingReplies.count == liveClosing.count)
    #expect(report.review.emotionCurve.count == live.count + 1)
    let markdown = report.markdown()
    #expect(
      markdown.contains(
        "\(liveIk) ik-boodschap\(liveIk == 1 ? "" : "pen") (\(liveComplete) compleet), \(liveAanzet) aanzet"))
    #expect(markdown.contains("\(liveListening) van je \(live.count) antwoorden"))

    // The summary at the end of the session (Terugblik) shows the same numbers.
    let flowing = terugblik.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flowing.contains("Je gaf \(live.count) antwoorden in het gesprek: \(liveListening) met actief luisteren"))
    #expect(flowing.contains("(\(liveComplete) compleet)"))

    // voortgang.
    let progress = ProgressReport([stored])
    let metrics = try #require(progress.sessions.first)
    #expect(metrics.completeIMessages == liveComplete)
    #expect(metrics.blockades == liveBlockades)
    #expect(metrics.listeningShare == Double(liveListening) / Double(live.count))
  }
}

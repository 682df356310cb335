import Foundation

/// One play of a test conversation with one seed: what a piped `oudergesprek oefen ID --seed N` session with the
/// same lines would have recorded.
public struct TestPlay: Sendable {
  public var seed: UInt64
  /// The session's transcript: every turn, the outcome and the judged closing.
  public var transcript: Transcript
  /// The session at its end, for what the transcript does not hold.
  public var session: PracticeSession
  /// How many of the test's lines were typed before the session was over; the rest were never read.
  public var linesUsed: Int

  /// One step of the path through the parent's states.
  public struct Step: Sendable, Equatable {
    /// The teacher's turn (1-based, counting replies that were not taken back) that brought this state;
    /// nil for the state the conversation started in.
    public var turn: Int?
    /// The reply of that turn.
    public var reply: String?
    public var emotion: EmotionSnapshot
  }

  /// How the conversation ended.
  public var outcome: ConversationOutcome? { transcript.outcome }

  /// The states the parent was in, in order: the start, then each change with the reply that caused it.
  public var path: [Step] {
    var steps: [Step] = []
    var turn = 0
    var reply: String?
    for entry in transcript.turns where entry.counts {
      if entry.speaker == .docent {
        turn += 1
        reply = entry.text
      }
      guard steps.last?.emotion.state != entry.emotion.state else { continue }
      steps.append(Step(turn: steps.isEmpty ? nil : turn, reply: steps.isEmpty ? nil : reply, emotion: entry.emotion))
    }
    return steps
  }

  /// The number of teacher turns, replies and closing words, not counting those taken back.
  public var teacherTurns: Int { transcript.turns.filter { $0.speaker == .docent && $0.counts }.count }
}

extension TestConversation {
  /// Plays the test conversation with `seed`, exactly as a piped `oudergesprek oefen` session: the opening, then
  /// each line as typed (commands such as `/stop` included) until the session is over, then the end of the input.
  ///
  /// `analyzer` is the one `oefen` uses; pass one instance to many plays, it holds no state.
  public func play(
    seed: UInt64, in scenario: Scenario, analyzer: any ReplyAnalyzer = DutchReplyAnalyzer()
  ) -> TestPlay {
    let engine = ConversationEngine(scenario: scenario, analyzer: analyzer)
    let startedAt = Date(timeIntervalSince1970: 0)
    var session = PracticeSession(engine: engine, seed: seed, style: .plain, clock: { startedAt })
    var used = 0
    for line in replies {
      if session.isFinished { break }
      _ = session.handle(line)
      used += 1
    }
    if !session.isFinished { _ = session.interrupt(because: .endOfInput) }
    return TestPlay(seed: seed, transcript: session.transcript, session: session, linesUsed: used)
  }
}

/// What `/opnieuw` needs to go back one reply in time bounded by a constant, however long the session.
///
/// It remembers where each teacher reply that counts sits in the transcript, and the conversation state before
/// every `checkpointInterval`-th one. Taking a reply back replays at most that many replies from the nearest
/// checkpoint (the engine is pure, so this gives exactly the state before it, as replaying from the start does)
/// and looks at the few turns around it only.
public struct TakeBackHistory: Sendable {
  /// A checkpoint every this many replies: the most replies replayed by one `/opnieuw`.
  static let checkpointInterval = 32

  /// The transcript indices of the teacher replies that count, oldest first.
  private var replies: [Int] = []
  /// `checkpoints[j]` is the state before reply `j * checkpointInterval`.
  private var checkpoints: [ConversationState] = []

  public init() {}

  /// Notes the teacher reply at transcript index `index`, given in conversation state `state`.
  ///
  /// Hosts call this for each reply the engine responded to, right after adding it to the transcript.
  mutating func record(replyAt index: Int, before state: ConversationState) {
    guard replies.last.map({ $0 < index }) ?? true else { return }
    if replies.count % Self.checkpointInterval == 0 { checkpoints.append(state) }
    replies.append(index)
  }

  /// What taking back the last reply that counts leads to.
  struct TakeBack {
    /// The transcript index of the reply taken back; it and every turn after it are withdrawn.
    var index: Int
    /// The conversation state before it.
    var state: ConversationState
    /// The parent's last line that still counts before it, if any.
    var parentLine: TranscriptTurn?
  }

  /// Forgets the last reply that counts and returns what taking it back leads to; nil when there is none.
  mutating func takeBack(in transcript: Transcript, engine: ConversationEngine) -> TakeBack? {
    guard let index = replies.last, transcript.turns.indices.contains(index) else { return nil }
    let number = replies.count - 1
    let checkpoint = number / Self.checkpointInterval
    var state = checkpoints[checkpoint]
    for reply in replies[(checkpoint * Self.checkpointInterval)..<number] {
      let turn = transcript.turns[reply]
      let analysis = ReplyAnalysis(
        text: turn.text, markers: turn.markers ?? [], iMessageParts: turn.iMessageParts ?? [])
      state = engine.respond(to: analysis, in: state).0
    }
    // The lines that still count before the reply follow the previous reply (or open the conversation);
    // what came after them up to this reply was taken back before. So only those few are looked at.
    let from = number > 0 ? replies[number - 1] + 1 : 0
    let parentLine =
      transcript.turns[from..<index].prefix { $0.counts }.last { $0.speaker == .ouder }
      ?? transcript.turns[..<from].last { $0.speaker == .ouder && $0.counts }
    replies.removeLast()
    if number % Self.checkpointInterval == 0 { checkpoints.removeLast() }
    return TakeBack(index: index, state: state, parentLine: parentLine)
  }
}

extension TakeBackHistory {
  /// Notes the first teacher turn from transcript index `start` on (the reply just recorded), if there is one.
  mutating func record(firstReplyFrom start: Int, in transcript: Transcript, before state: ConversationState) {
    guard start < transcript.turns.count,
      let index = transcript.turns[start...].firstIndex(where: { $0.speaker == .docent })
    else { return }
    record(replyAt: index, before: state)
  }
}

import Foundation

/// The figures of one session that the group overview adds up, read from its transcript.
public struct GroupSession: Sendable, Equatable {
  /// One reply to a parent's line, for finding the moments where the group blocked.
  public struct Answer: Sendable, Equatable {
    /// The parent's line just before the reply.
    public var parentLine: String
    /// How heated the parent was when she said it (0 to 10).
    public var parentIntensity: Int
    /// The reply as typed.
    public var text: String
    /// Gordon's blockades and jij-boodschappen in the reply, in contract order.
    public var blockades: [Marker]
  }

  /// The file the session was read from.
  public var path: String
  /// The trainee's name; nil when none was given.
  public var trainee: String?
  public var scenario: String
  public var scenarioTitle: String
  /// `oefenen` (alone) or `samen` (with a colleague).
  public var mode: String
  public var startedAt: Date
  public var endedAt: Date?
  /// How it ended; nil when it was not finished.
  public var outcome: ConversationOutcome?
  /// The teacher's replies that count.
  public var replies: Int
  /// Distinct key facts of the parent's story found; nil for a scenario without a story.
  public var keyFactsFound: Int?
  /// How many key facts the story holds; nil for a scenario without a story.
  public var keyFactsTotal: Int?
  /// The share of replies with active listening (0 to 1); nil without replies.
  public var listeningShare: Double?
  /// Ik-boodschappen with all three parts.
  public var completeIMessages: Int
  /// How often each of Gordon's blockades, and the jij-boodschap, was used.
  public var blockades: [Marker: Int]
  /// The ending's score on the report's scale of 1 to 5.
  public var closing: Int
  /// The judged closing's score (0 to 100); nil when there was no judged closing.
  public var endingScore: Int?
  /// The colleague's scores (1 to 5) per criterion; empty when practising alone or when none were given.
  public var colleague: [AssessmentCriterion: Int]
  /// The replies that count, each with the parent's line before it.
  public var answers: [Answer]

  /// The figures of `transcript`, read from `path`.
  public init(_ transcript: Transcript, path: String) {
    let review = SessionReview(transcript)
    let replies = review.replies
    self.path = path
    trainee = TraineeName.normalized(transcript.trainee)
    scenario = transcript.scenario
    scenarioTitle = transcript.scenarioTitle
    mode = transcript.mode
    startedAt = transcript.startedAt
    endedAt = transcript.endedAt
    outcome = transcript.outcome
    self.replies = replies.count
    keyFactsTotal = transcript.keyFactsTotal
    keyFactsFound = transcript.keyFactsTotal.map { _ in Set((transcript.keyFactsFound ?? []).map(\.id)).count }
    listeningShare = review.listeningShare
    completeIMessages = review.completeIMessages
    var counts: [Marker: Int] = [:]
    for (_, marker) in review.blockades { counts[marker, default: 0] += 1 }
    blockades = counts
    closing = review.closingScore
    endingScore = transcript.ending?.score
    var scores: [AssessmentCriterion: Int] = [:]
    for row in transcript.review?.rows ?? [] { if let score = row.colleague { scores[row.criterion] = score } }
    colleague = scores
    answers = replies.compactMap { reply in
      guard let parent = reply.parentBefore else { return nil }
      let blocking = reply.markers.filter(\.isBlocking)
      return Answer(
        parentLine: parent.text, parentIntensity: parent.emotion.intensity, text: reply.text,
        blockades: Array(Set(blocking)).sorted())
    }
  }

  /// Gordon's blockades used (without jij-boodschappen), as `voortgang` counts them.
  public var blockadeCount: Int {
    blockades.filter { $0.key.isBlockade }.values.reduce(0, +)
  }
}

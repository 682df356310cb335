import Foundation

/// The numbers of one session that the progress overview follows.
public struct SessionMetrics: Sendable, Equatable {
  public var scenario: String
  public var scenarioTitle: String
  public var startedAt: Date
  /// Share of replies with active listening, 0 to 1.
  public var listeningShare: Double
  /// Ik-boodschappen with all three parts.
  public var completeIMessages: Int
  /// Gordon's blockades used.
  public var blockades: Int
  /// The ending's score, 1 to 5.
  public var closing: Int
  /// The blockades used, for advice on what to practise.
  public var blockadeMarkers: [Marker]
  /// The share of the parent's key facts found (0 to 1); nil for a session without a story.
  public var keyFactShare: Double?

  /// The metrics of a transcript; nil when the trainee gave no reply that counts.
  public init?(_ transcript: Transcript) {
    let review = SessionReview(transcript)
    guard let share = review.listeningShare else { return nil }
    scenario = transcript.scenario
    scenarioTitle = transcript.scenarioTitle
    startedAt = transcript.startedAt
    listeningShare = share
    completeIMessages = review.completeIMessages
    blockades = review.blockadeCount
    closing = review.closingScore
    blockadeMarkers = review.replies.flatMap { $0.markers.filter(\.isBlockade) }
    keyFactShare = transcript.keyFactShare
  }
}

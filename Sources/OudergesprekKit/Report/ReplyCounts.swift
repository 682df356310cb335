/// The counts of a set of replies, from the markers and parts stored for each: the numbers the end-of-session
/// summary, the report and `voortgang` all show, so they cannot disagree.
public struct ReplyCounts: Sendable, Equatable {
  /// Replies that count.
  public var replies = 0
  /// Replies with at least one active-listening marker.
  public var listening = 0
  /// Replies that are an ik-boodschap (two or three parts).
  public var iMessages = 0
  /// Ik-boodschappen with all three parts.
  public var completeIMessages = 0
  /// Replies with parts of an ik-boodschap that are no ik-boodschap yet (one part, or parts beside blame).
  public var partialIMessages = 0
  /// Gordon's blockades, one per marker per reply.
  public var blockades = 0
  /// Replies with a jij-boodschap.
  public var youMessages = 0

  public init(_ replies: [NumberedReply]) {
    self.replies = replies.count
    for reply in replies {
      if reply.listens { listening += 1 }
      if reply.markers.contains(.ikBoodschap) {
        iMessages += 1
        if reply.isCompleteIMessage { completeIMessages += 1 }
      } else if !reply.parts.isEmpty {
        partialIMessages += 1
      }
      blockades += reply.markers.filter(\.isBlockade).count
      if reply.markers.contains(.jijBoodschap) { youMessages += 1 }
    }
  }

  /// The share of replies with active listening, 0 to 1; nil without replies.
  public var listeningShare: Double? { replies == 0 ? nil : Double(listening) / Double(replies) }
}

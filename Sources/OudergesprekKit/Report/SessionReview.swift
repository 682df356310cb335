/// The facts of one session, read from its transcript: what the report and the progress overview are built from.
///
/// Only turns that count are used; replies taken back with `/opnieuw` are listed apart.
public struct SessionReview: Sendable {
  public let transcript: Transcript

  public init(_ transcript: Transcript) {
    self.transcript = transcript
  }

  /// The teacher's replies in the conversation that count, with their place in it (1 for the first reply); the
  /// closing words after `/stop` or the agreement are not among them (see `closingReplies`).
  public var replies: [NumberedReply] {
    guard let started = transcript.ending?.startedAtTurn else { return allReplies }
    return allReplies.filter { $0.number <= started }
  }

  /// The closing words: the teacher's lines after the conversation, judged by the ending rubric.
  public var closingReplies: [NumberedReply] {
    guard let started = transcript.ending?.startedAtTurn else { return [] }
    return allReplies.filter { $0.number > started }
  }

  /// What the analysis counted in the conversation: the one set of numbers every view shows.
  public var counts: ReplyCounts { ReplyCounts(replies) }

  /// Every teacher line that counts, the conversation and the closing words.
  public var allReplies: [NumberedReply] {
    var number = 0
    var result: [NumberedReply] = []
    var lastParent: TranscriptTurn?
    for turn in transcript.turns where turn.counts {
      switch turn.speaker {
      case .docent:
        number += 1
        result.append(NumberedReply(number: number, turn: turn, parentBefore: lastParent))
      case .ouder:
        lastParent = turn
      case .leerling:
        break
      }
    }
    return result
  }

  /// The replies taken back with `/opnieuw`.
  public var withdrawnReplies: [TranscriptTurn] {
    transcript.turns.filter { $0.speaker == .docent && !$0.counts }
  }

  /// How often each marker was used, most used first, then in contract order.
  public var markerCounts: [(marker: Marker, count: Int)] {
    var counts: [Marker: Int] = [:]
    for reply in replies { for marker in reply.markers { counts[marker, default: 0] += 1 } }
    return counts.map { ($0.key, $0.value) }.sorted {
      $0.count != $1.count ? $0.count > $1.count : $0.marker < $1.marker
    }
  }

  /// The replies with an ik-boodschap or parts of one.
  public var iMessages: [NumberedReply] {
    replies.filter { $0.markers.contains(.ikBoodschap) || !$0.parts.isEmpty }
  }

  /// The ik-boodschappen with all three parts.
  public var completeIMessages: Int { counts.completeIMessages }

  /// The share of replies with at least one listening marker, 0 to 1; nil without replies.
  public var listeningShare: Double? { counts.listeningShare }

  /// Every blockade (and jij-boodschap), one entry per marker per reply.
  public var blockades: [(reply: NumberedReply, marker: Marker)] {
    replies.flatMap { reply in
      reply.markers.filter(\.isBlocking).map { (reply, $0) }
    }
  }

  /// The number of Gordon's blockades used.
  public var blockadeCount: Int { counts.blockades }

  /// The parent's emotion at the start and after each reply that counts.
  public var emotionCurve: [EmotionSnapshot] {
    var points: [EmotionSnapshot] = []
    // When the teacher opened (bad news the school asked for), the parent's first line answers the opening.
    if let first = transcript.turns.first(where: { $0.speaker == .ouder && $0.counts }),
      transcript.turns.first(where: \.counts)?.speaker == .ouder
    {
      points.append(first.emotion)
    }
    points += replies.map(\.turn.emotion)
    return points
  }
}

/// A teacher's reply with its number in the conversation and what the parent said just before it.
public struct NumberedReply: Sendable {
  public var number: Int
  public var turn: TranscriptTurn
  /// The parent's last turn before this reply (with the emotion the teacher was facing).
  public var parentBefore: TranscriptTurn?

  public var text: String { turn.text }
  public var markers: [Marker] { turn.markers ?? [] }
  public var parts: [IMessagePart] { turn.iMessageParts ?? [] }
  public var listens: Bool { markers.contains { $0.family == .luisteren } }
  public var missingParts: [IMessagePart] { IMessagePart.allCases.filter { !parts.contains($0) } }
  public var isCompleteIMessage: Bool { markers.contains(.ikBoodschap) && missingParts.isEmpty }
}

/// The closing of a conversation: it collects the teacher's closing words and decides how the parent reacts.
///
/// A value with no I/O, so a solo session (simulated parent) and a session with a colleague can both drive it.
/// The teacher says one or more replies; a rude one makes the parent walk out at once. When the teacher is done
/// (an empty line, `/klaar`, end of input) the words are judged: without a concrete next step the parent
/// protests once and the teacher may add to the closing; otherwise, or after the protest, the ending is over.
public struct EndingFlow: Sendable, Equatable {
  /// Early or on time.
  public let kind: EndingKind
  /// The number of teacher replies before the closing words.
  public let startedAtTurn: Int
  /// The closing words so far, one analysis a reply.
  public private(set) var replies: [ReplyAnalysis] = []
  /// Whether the parent already protested.
  public private(set) var protested = false
  /// The final judgement, once the ending is over.
  public private(set) var assessment: EndingAssessment?
  /// Whether the parent was already ready to make agreements when the closing began.
  public let afterAgreement: Bool
  /// The parent's intensity when the closing began: a calm parent does not walk out over one rude reply.
  public let parentIntensity: Int

  public init(kind: EndingKind, startedAtTurn: Int, afterAgreement: Bool = false, parentIntensity: Int = 10) {
    self.kind = kind
    self.startedAtTurn = startedAtTurn
    self.afterAgreement = afterAgreement
    self.parentIntensity = parentIntensity
  }

  /// What happens after a step of the closing.
  public enum Step: Sendable, Equatable {
    /// The reply was noted; the teacher may say more or say they are done.
    case noted
    /// The teacher said they were done without any closing words; nothing changed.
    case nothingSaidYet
    /// The parent protests (once): the closing lacks a concrete next step. The teacher may add to it.
    case protest
    /// The ending is over; the parent reacted so.
    case finished(ParentClosingReaction)
  }

  /// Whether the ending is over.
  public var isFinished: Bool { assessment != nil }

  /// The judgement of the closing words so far (final once the ending is over).
  public var currentAssessment: EndingAssessment {
    assessment ?? EndingRubric.judge(replies, kind: kind, startedAtTurn: startedAtTurn)
  }

  /// Adds one reply of closing words. A rude reply ends the closing at once: the parent walks out, when she is
  /// upset (intensity 7 or more) or it is the second rude reply; a calm parent stays, displeased (it counts as a
  /// blockade in the closing, so she protests).
  public mutating func add(_ analysis: ReplyAnalysis) -> Step {
    guard !isFinished else { return .finished(assessment?.reaction ?? .accepteert) }
    replies.append(analysis)
    if EndingRubric.isRude(analysis), parentIntensity >= 7 || replies.filter(EndingRubric.isRude).count >= 2 {
      return finish(with: .looptWeg)
    }
    return .noted
  }

  /// The teacher is done speaking; `endOfInput` when nothing more can follow (the parent cannot be answered).
  public mutating func done(endOfInput: Bool = false) -> Step {
    guard !isFinished else { return .finished(assessment?.reaction ?? .accepteert) }
    if replies.isEmpty && !endOfInput { return .nothingSaidYet }
    let judged = EndingRubric.judge(replies, kind: kind, startedAtTurn: startedAtTurn)
    guard Self.parentNeedsMore(judged) else { return finish(with: .accepteert) }
    if protested || endOfInput || replies.isEmpty { return finish(with: .blijftOntevreden) }
    protested = true
    return .protest
  }

  /// Without a concrete next step, or with a blockade, the parent does not know what happens now and protests.
  static func parentNeedsMore(_ assessment: EndingAssessment) -> Bool {
    assessment.criterion(.vervolgafspraak)?.met != true || assessment.criterion(.geenBlokkade)?.met != true
  }

  private mutating func finish(with reaction: ParentClosingReaction) -> Step {
    var judged = EndingRubric.judge(replies, kind: kind, startedAtTurn: startedAtTurn)
    judged.reaction = reaction
    judged.protested = protested
    assessment = judged
    return .finished(reaction)
  }
}

extension EndingFlow {
  /// How the conversation ends once the closing is over: the parent walked out, the agreement stands, the
  /// teacher stopped early, or the time was up. Nil while the closing goes on.
  public var outcome: ConversationOutcome? {
    guard let reaction = assessment?.reaction else { return nil }
    if reaction == .looptWeg { return .geescaleerd }
    if afterAgreement { return .opgelost }
    return kind == .vroeg ? .gestopt : .tijdOm
  }
}

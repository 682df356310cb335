/// What the engine tells its host after a step; the host decides how to show it.
public enum ConversationEvent: Sendable, Equatable {
  /// The teacher's reply was analysed.
  case analysed(ReplyAnalysis)
  /// The parent's emotion moved; `reason` says why, in Dutch, when the scenario gives one.
  case emotionChanged(from: EmotionSnapshot, to: EmotionSnapshot, reason: String?)
  /// The student, at the table, answers the teacher.
  case studentSpeaks(String)
  /// What the reply did for the parent's story: topics recognised, points raised, questions answered, key facts
  /// found. Follows `analysed`; only for a scenario with a story.
  case storyNoted(StoryNote)
  /// Why the parent's next line was chosen; comes right before the `parentSpeaks` it explains.
  case lineChosen(LineChoice)
  /// The parent speaks, with their emotion after the teacher's reply.
  case parentSpeaks(String, EmotionSnapshot)
  /// The point at which ending the conversation early is the professional move was reached.
  case earlyEndingAdvised(explanation: String)
  /// Few turns are left; `turnsLeft` is 0 when the time is up.
  case timeRunningOut(turnsLeft: Int)
  /// The conversation is over.
  case ended(ConversationOutcome)
}

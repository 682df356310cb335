extension ConversationEngine {
  /// The state reached by replaying a transcript's teacher replies that count, from the start, with its seed.
  ///
  /// The engine is pure and the replies keep the markers they were analysed with, so this is exactly the state
  /// the conversation was in: emotion, line pools and random generator included. Used by `/opnieuw`.
  public func replay(_ transcript: Transcript) -> ConversationState {
    var (state, _) = start(seed: transcript.seed)
    for turn in transcript.turns where turn.speaker == .docent && turn.counts {
      let analysis = ReplyAnalysis(
        text: turn.text, markers: turn.markers ?? [], iMessageParts: turn.iMessageParts ?? [])
      state = respond(to: analysis, in: state).0
    }
    return state
  }
}

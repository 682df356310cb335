extension PracticeSession {
  /// `/opnieuw`: takes the last reply that counts back. The reply and what followed it stay in the transcript,
  /// marked `withdrawn`; the conversation state (the parent's emotion included) returns to where it was before it.
  mutating func takeBack() -> String {
    guard let index = transcript.turns.lastIndex(where: { $0.speaker == .docent && $0.counts }) else {
      return "Er is nog geen antwoord om terug te nemen."
    }
    for turn in index..<transcript.turns.count { transcript.turns[turn].withdrawn = true }
    state = replayedState()
    lastEvents = []
    let emotion = engine.emotion(of: state)
    var lines = [
      "Je laatste antwoord is teruggenomen (het blijft in het verslag staan als teruggenomen).",
      "De ouder is weer \(renderer.emotionTag(emotion)).",
    ]
    if let parent = transcript.turns[..<index].last(where: { $0.speaker == .ouder && $0.counts }) {
      lines.append("De ouder zei: \(renderer.safe(parent.text))")
    }
    lines.append("Probeer het anders.")
    return lines.joined(separator: "\n")
  }

  /// The state reached by replaying the replies that count, from the start, with the same seed.
  func replayedState() -> ConversationState {
    engine.replay(transcript)
  }
}

extension PracticeSession {
  /// `/opnieuw`: takes the last reply that counts back. The reply and what followed it stay in the transcript,
  /// marked `withdrawn`; the conversation state (the parent's emotion included) returns to where it was before it.
  mutating func takeBack() -> String {
    guard let back = history.takeBack(in: transcript, engine: engine) else {
      return "Er is nog geen antwoord om terug te nemen."
    }
    let index = back.index
    for turn in index..<transcript.turns.count { transcript.turns[turn].withdrawn = true }
    state = back.state
    lastEvents = []
    let emotion = engine.emotion(of: state)
    var lines = [
      "Je laatste antwoord is teruggenomen (het blijft in het verslag staan als teruggenomen).",
      "De ouder is weer \(renderer.emotionTag(emotion)).",
    ]
    if let parent = back.parentLine {
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

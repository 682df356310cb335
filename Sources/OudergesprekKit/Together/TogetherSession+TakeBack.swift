/// `/opnieuw` in a session for two: the teacher takes the last reply back and tries again.
extension TogetherSession {
  /// Marks the last reply that counts and everything played after it as withdrawn (kept in the transcript),
  /// returns the conversation to the state before it, and gives the turn back to the teacher.
  mutating func takeBack() -> String {
    guard let back = history.takeBack(in: transcript, engine: engine) else {
      return "Er is nog geen antwoord om terug te nemen."
    }
    let index = back.index
    for turn in index..<transcript.turns.count { transcript.turns[turn].withdrawn = true }
    state = back.state
    queue = []
    turn = .teacher
    let emotion = engine.emotion(of: state)
    var lines = [
      "Het laatste antwoord van de docent is teruggenomen (het blijft in het verslag staan als teruggenomen)."
    ]
    if let parent = back.parentLine {
      lines.append("De ouder zei: \(TerminalText.neutralize(parent.text))")
    }
    lines.append(
      renderer.closingAdvice(
        "Je bent weer \(TerminalText.neutralize(emotion.name)) (\(emotion.intensity)/10). Docent: probeer het anders."))
    return lines.joined(separator: "\n")
  }
}

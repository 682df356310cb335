extension ConversationEngine {
  /// Whether the teacher speaks to the student: a sentence that names them and says jij/je, opens or ends with
  /// the name ("Lina, hoe zie jij dat?"), or a question that says jij/je and not u (the parent is addressed with u).
  static func addresses(_ reply: String, student name: String) -> Bool {
    let name = name.lowercased()
    let informal: Set<String> = ["jij", "je", "jou", "jouw"]
    var sentences: [(text: Substring, asks: Bool)] = []
    var rest = Substring(reply.lowercased())
    while let end = rest.firstIndex(where: { ".?!".contains($0) }) {
      sentences.append((rest[..<end], rest[end] == "?"))
      rest = rest[rest.index(after: end)...]
    }
    sentences.append((rest, false))
    return sentences.contains { sentence, asks in
      let trimmed = sentence.drop { $0 == " " }
      let words = trimmed.split { !$0.isLetter }.map(String.init)
      if trimmed.hasPrefix(name + ",") || trimmed.hasSuffix(", " + name) { return true }
      let set = Set(words)
      if set.contains(name) && !set.isDisjoint(with: informal) { return true }
      return asks && !set.isDisjoint(with: informal) && set.isDisjoint(with: ["u", "uw"])
    }
  }

  /// A line of the student in the parent's state, or in the nearest state that has some.
  func studentLine(_ now: EmotionState, in state: inout ConversationState) -> String? {
    let states =
      [now]
      + scenario.emotions.states.filter { $0.id != now.id && !$0.studentLines.isEmpty }
      .sorted { abs($0.intensity - now.intensity) < abs($1.intensity - now.intensity) }
    guard let speaker = states.first(where: { !$0.studentLines.isEmpty }) else { return nil }
    return pick(from: speaker.studentLines, pool: "leerling:\(speaker.id)", in: &state)
  }
}

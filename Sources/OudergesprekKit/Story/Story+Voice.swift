extension Story {
  /// The voice the parent's lines are spoken in, when most of them open with one: "(de tolk) " when an
  /// interpreter relays what she says. The engine's own lines are spoken in that voice too, so a parent who
  /// needs an interpreter does not suddenly speak fluent Dutch.
  var voicePrefix: String? {
    let lines = topics.flatMap { $0.openLines + $0.guardedLines }
    var counts: [String: Int] = [:]
    for line in lines where line.hasPrefix("(") {
      guard let close = line.firstIndex(of: ")") else { continue }
      let prefix = String(line[...close]) + " "
      if line.hasPrefix(prefix) { counts[prefix, default: 0] += 1 }
    }
    guard let (prefix, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), 2 * count >= lines.count
    else { return nil }
    return prefix
  }

  /// Who the interpreter says is speaking, as most of the story's lines in its voice open ("Mevrouw" in "Mevrouw
  /// zegt dat ...", "Hij" in "Hij zegt: ..."); nil without a voice or such lines.
  var reportedSpeaker: String? {
    guard let prefix = voicePrefix else { return nil }
    let lines = topics.flatMap { $0.openLines + $0.guardedLines }.filter { $0.hasPrefix(prefix) }
    var counts: [String: Int] = [:]
    for line in lines {
      let words = line.dropFirst(prefix.count).split(separator: " ").prefix(2).map(String.init)
      guard words.count == 2, words[1].filter(\.isLetter) == "zegt", words[0].first?.isUppercase == true else {
        continue
      }
      counts[words[0], default: 0] += 1
    }
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  /// `lines` of the engine's own, in the story's voice: relayed by the interpreter as the parent's words ("(de tolk)
  /// Mevrouw zegt: dat weet ik niet."), not as the interpreter's own answer.
  func inVoice(_ lines: [String]) -> [String] {
    guard let prefix = voicePrefix else { return lines }
    guard let speaker = reportedSpeaker else { return lines.map { prefix + $0 } }
    return lines.map { line in
      let verb = line.hasSuffix("?") && StoryReading.sentences(of: line).count == 1 ? "vraagt" : "zegt"
      // The first word goes lower case after the colon, a name of the story ("Kacper") keeps its capital.
      let word = String(line.prefix { $0.isLetter })
      let rest = properName(word) ? line : line.prefix(1).lowercased() + line.dropFirst()
      return prefix + speaker + " " + verb + ": " + rest
    }
  }

  /// Whether `word` is the name of the child or the parent in this story's lines.
  private func properName(_ word: String) -> Bool {
    guard let first = word.first, first.isUppercase, word.count > 1 else { return false }
    let all = topics.flatMap { $0.openLines + $0.guardedLines }
    // Capitalised inside a sentence, not after a full stop or a colon.
    return all.contains { line in
      let words = line.split(separator: " ")
      return words.indices.dropFirst().contains { index in
        words[index].filter(\.isLetter) == word && !".?!:)".contains(words[index - 1].last ?? ".")
      }
    }
  }

  /// `line` without the story's voice prefix, to follow another line in that voice.
  func withoutVoice(_ line: String) -> String {
    voicePrefix.map { line.hasPrefix($0) ? String(line.dropFirst($0.count)) : line } ?? line
  }
}

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

  /// `lines` of the engine's own, in the story's voice.
  func inVoice(_ lines: [String]) -> [String] {
    guard let prefix = voicePrefix else { return lines }
    return lines.map { prefix + $0 }
  }

  /// `line` without the story's voice prefix, to follow another line in that voice.
  func withoutVoice(_ line: String) -> String {
    voicePrefix.map { line.hasPrefix($0) ? String(line.dropFirst($0.count)) : line } ?? line
  }
}

extension ConversationEngine {
  /// Of a topic's lines not said yet, those that share the most content words with the reply (its focus: "Wat
  /// helpt Kacper thuis om te leren?" gets her line about Kacper, not the one about her own course); all of them
  /// when none shares one.
  func focused(_ lines: [String], on reply: String, said: Set<String>) -> [String] {
    guard let matcher = topicMatcher else { return lines }
    let focus = matcher.contentKeys(of: reply)
    guard !focus.isEmpty else { return lines }
    let scored = lines.filter { !said.contains($0) }.map { ($0, matcher.contentKeys(of: $0).intersection(focus).count) }
    guard let best = scored.map(\.1).max(), best > 0 else { return lines }
    return scored.filter { $0.1 == best }.map(\.0)
  }

  /// Her reply to a greeting or welcome that asks nothing: the teacher's greeting word back when she is not
  /// tense, and a line of her state (what she expects or worries about); nil when every such line was said.
  func greetingReply(
    to reply: String, story: Story, _ progress: inout StoryProgress, _ state: inout ConversationState
  ) -> String? {
    guard let current = scenario.emotions.state(state.emotion) else { return nil }
    // Every line of her state said, a greeting back alone (not from a very tense parent).
    guard let line = stateLine(current, progress: &progress, in: &state) else {
      guard current.intensity <= Self.greetingBackUpToIntensity else { return nil }
      return DutchStoryWords.greetingBack(to: DutchStoryWords.plain(reply)).map { (story.voicePrefix ?? "") + $0 }
    }
    return greetedBack(line, reply: reply, story: story, intensity: current.intensity)
  }

  /// The highest intensity at which she still greets the teacher back: a very tense parent exchanges no
  /// pleasantries.
  static let greetingBackUpToIntensity = 6

  /// `line` after her greeting back, when the reply opened with a greeting she has not answered in the line and
  /// she is calm enough (`intensity`) to exchange pleasantries.
  func greetedBack(_ line: String, reply: String, story: Story, intensity: Int) -> String {
    guard intensity <= Self.greetingBackUpToIntensity,
      let back = DutchStoryWords.greetingBack(to: DutchStoryWords.plain(reply))
    else { return line }
    let rest = story.withoutVoice(line)
    // A line that greets itself, also after a stage direction ("(in het Nederlands) Goedemiddag."), needs none.
    let spoken = rest.hasPrefix("(") ? String(rest.drop { $0 != ")" }.dropFirst().drop { $0 == " " }) : rest
    guard !spoken.lowercased().hasPrefix(back.lowercased().dropLast()) else { return line }
    return (story.voicePrefix ?? "") + back + " " + rest
  }
}

extension StoryDefaults {
  /// How it was for her, when her state has no line left to say it, by how tense she is.
  static func howItWas(intensity: Int) -> [String] {
    switch intensity {
    case ...4: ["Eerlijk gezegd viel het me zwaar.", "Ik schrok ervan, dat geef ik toe."]
    case 5...6: ["Niet leuk, dat kunt u wel raden.", "Ik was er behoorlijk van in de war."]
    default: ["Hoe denkt u dat dat was? Slecht natuurlijk.", "Daar word je niet vrolijk van, hè."]
    }
  }

  /// Her short, kind answer to small talk when she is calm, steering back to the child.
  static func friendlyAside(child: String?) -> [String] {
    let subject = child ?? "het gesprek"
    return [
      "Ja, hoor. Maar goed, we zitten hier voor \(subject).", "Haha, ja. Maar laten we het over \(subject) hebben.",
      "Och, dat gaat wel. Zullen we beginnen over \(subject)?",
    ]
  }
}

extension TopicMatcher {
  /// The inflection keys of the content words of `text` (four letters or more, not frequent, broad, a setting or a
  /// filler), the child's name included: what a reply and a line of hers can share.
  func contentKeys(of text: String) -> Set<String> {
    Set(
      tokenizer.words(in: text).filter {
        $0.count >= 4 && !DutchStoryWords.frequent.contains($0) && !DutchStoryWords.broadWords.contains($0)
          && !DutchStoryWords.settingWords.contains($0) && !DutchStoryWords.fillers.contains($0)
          && !DutchStoryWords.questionOpeners.contains($0)
      }
      .flatMap(DutchInflection.keys))
  }
}

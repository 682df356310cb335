/// Checks a scenario's story: references, missing lines, and what a player can never reach.
enum StoryValidator {
  /// The problems of `scenario`'s story, and of every `na` in the file, pointing into its file through `map`; with
  /// `depth` `.usability` without the overlap and reachability checks (they only warn, and need a `TopicMatcher`).
  static func validate(
    _ scenario: Scenario, map: ScenarioSourceMap, depth: ScenarioCheckDepth = .complete
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let places = map.story
    guard let story = scenario.story else {
      for condition in places.conditions {
        diagnostics.append(
          .error(
            "\(condition.field) noemt \"\(condition.ids.joined(separator: "\", \""))\", maar dit scenario heeft geen \"verhaal\" met onderwerpen, kern of schoolpunten",
            at: condition.locations.first))
      }
      return diagnostics
    }
    checkIDs(story, places: places, into: &diagnostics)
    checkReferences(story, places: places, into: &diagnostics)
    checkLines(story, places: places, into: &diagnostics)
    checkStudentLines(scenario, story, places: places, into: &diagnostics)
    if diagnostics.contains(where: { $0.severity == .fout }) { return diagnostics }
    checkCounts(story, places: places, into: &diagnostics)
    guard depth == .complete else { return diagnostics }
    // One matcher for both checks: building it (tokenizer, typo correction, inflection keys) is most of a load.
    let matcher = TopicMatcher(story: story)
    checkOverlaps(story, matcher: matcher, places: places, into: &diagnostics)
    checkReachability(story, matcher: matcher, model: scenario.emotions, places: places, into: &diagnostics)
    return diagnostics
  }

  private static func checkIDs(_ story: Story, places: StoryPlaces, into diagnostics: inout [Diagnostic]) {
    let named: [(String, String, SourceLocation?)] =
      story.topics.enumerated().map { ("onderwerp", $0.element.id, places.topics[safe: $0.offset]) }
      + story.keyFacts.enumerated().map { ("kern", $0.element.id, places.keyFacts[safe: $0.offset]) }
      + story.schoolPoints.enumerated().map { ("schoolpunt", $0.element.id, places.schoolPoints[safe: $0.offset]) }
      + story.questions.enumerated().map { ("vraag", $0.element.id, places.questions[safe: $0.offset]) }
    var seen: [String: String] = [:]
    for (kind, id, location) in named {
      if !ScenarioValidator.isValidID(id) {
        diagnostics.append(
          .error(
            "\(kind) \"\(id)\": een id bestaat uit kleine letters, cijfers en streepjes, bijvoorbeeld \"thuis\" of \"na-de-scheiding\"",
            at: location))
      }
      if let earlier = seen[id] {
        diagnostics.append(
          .error(
            "id \"\(id)\" van \(kind) bestaat al (als \(earlier)); ids van onderwerpen, kern, schoolpunten en vragen moeten verschillen",
            at: location))
      }
      seen[id] = seen[id] ?? kind
    }
  }

  /// A topic's `leerling` lines need a student at the table; a student at the table needs some, or every question
  /// to them is answered with "Weet ik niet precies."
  private static func checkStudentLines(
    _ scenario: Scenario, _ story: Story, places: StoryPlaces, into diagnostics: inout [Diagnostic]
  ) {
    let withLines = story.topics.indices.filter { !story.topics[$0].studentLines.isEmpty }
    if !scenario.studentPresent {
      for index in withLines {
        diagnostics.append(
          .error(
            "onderwerp \"\(story.topics[index].id)\" heeft leerling-regels, maar er zit geen leerling aan tafel (leerling.aanwezig is niet true)",
            at: places.topics[safe: index]))
      }
    } else if withLines.isEmpty {
      diagnostics.append(
        .warning(
          "de leerling zit aan tafel, maar geen onderwerp heeft \"leerling\"-regels: op elke vraag aan de leerling volgt dan alleen \"Weet ik niet precies.\"",
          at: places.story))
    }
  }

  private static func checkReferences(_ story: Story, places: StoryPlaces, into diagnostics: inout [Diagnostic]) {
    let topics = story.topics.map(\.id)
    for (index, fact) in story.keyFacts.enumerated() where !topics.contains(fact.topic) {
      let hint = Suggestion.closest(to: fact.topic, in: topics).map { "; bedoelt u \"\($0)\"?" } ?? ""
      diagnostics.append(
        .error(
          "verhaal.kern[\(index)].onderwerp noemt onderwerp \"\(fact.topic)\", maar dat bestaat niet\(hint) (onderwerpen: \(topics.joined(separator: ", ")))",
          at: places.keyFactTopics[safe: index]))
    }
    let ids = story.allIDs
    for condition in places.conditions {
      for (id, location) in zip(condition.ids, condition.locations) where !ids.contains(id) {
        let hint = Suggestion.closest(to: id, in: ids).map { "; bedoelt u \"\($0)\"?" } ?? ""
        diagnostics.append(
          .error(
            "\(condition.field) noemt \"\(id)\", maar geen onderwerp, kern of schoolpunt heeft die id\(hint)",
            at: location))
      }
    }
  }

  private static func checkLines(_ story: Story, places: StoryPlaces, into diagnostics: inout [Diagnostic]) {
    for (index, topic) in story.topics.enumerated() {
      let location = places.topics[safe: index]
      if topic.words.isEmpty {
        diagnostics.append(
          .error(
            "onderwerp \"\(topic.id)\" heeft geen woorden: noem de woorden die een docent ervoor gebruikt", at: location
          ))
      }
      if topic.openLines.isEmpty {
        diagnostics.append(
          .error("onderwerp \"\(topic.id)\" heeft geen open regels: schrijf wat de ouder erover vertelt", at: location))
      } else if topic.openLines.count < 2 {
        diagnostics.append(
          .warning(
            "onderwerp \"\(topic.id)\" heeft maar één open regel: schrijf er minstens twee, zodat de ouder zich niet herhaalt",
            at: location))
      }
      if topic.guardedLines.isEmpty {
        diagnostics.append(
          .warning(
            "onderwerp \"\(topic.id)\" heeft geen terughoudende regel: wat zegt de ouder erover zolang ze de docent nog niet vertrouwt?",
            at: location))
      }
    }
    for (index, fact) in story.keyFacts.enumerated() where fact.revealLines.isEmpty {
      diagnostics.append(
        .error(
          "kern \"\(fact.id)\" heeft geen onthulling: schrijf de zin waarmee de ouder het vertelt",
          at: places.keyFacts[safe: index]))
    }
    for (index, point) in story.schoolPoints.enumerated() {
      if point.words.isEmpty || point.reaction.isEmpty {
        diagnostics.append(
          .error(
            "schoolpunt \"\(point.id)\" heeft geen \(point.words.isEmpty ? "woorden" : "reactie"): vul het aan",
            at: places.schoolPoints[safe: index]))
      }
    }
    for (index, question) in story.questions.enumerated() where question.answerWords.isEmpty {
      diagnostics.append(
        .error(
          "vraag \"\(question.id)\" heeft geen antwoordWoorden: zonder woorden kan geen antwoord haar vraag beantwoorden",
          at: places.questions[safe: index]))
    }
  }

  private static func checkCounts(_ story: Story, places: StoryPlaces, into diagnostics: inout [Diagnostic]) {
    let counts: [(Int, Int, String)] = [
      (story.topics.count, 6, "onderwerpen"), (story.keyFacts.count, 3, "kernfeiten (kern)"),
      (story.schoolPoints.count, 1, "schoolpunten"), (story.questions.count, 1, "vragen van de ouder"),
    ]
    for (count, minimum, what) in counts where count < minimum {
      diagnostics.append(
        .warning("het verhaal heeft \(count) \(what); schrijf er minstens \(minimum)", at: places.story))
    }
  }

  private static func checkOverlaps(
    _ story: Story, matcher: TopicMatcher, places: StoryPlaces, into diagnostics: inout [Diagnostic]
  ) {
    let groups: [(String, [(id: String, words: [String], places: [SourceLocation])])] = [
      (
        "onderwerp",
        story.topics.enumerated().map { ($0.element.id, $0.element.words, places.topicWords[safe: $0.offset] ?? []) }
      ),
      (
        "schoolpunt",
        story.schoolPoints.enumerated().map {
          ($0.element.id, $0.element.words, places.schoolPointWords[safe: $0.offset] ?? [])
        }
      ),
    ]
    for (kind, entries) in groups {
      let keys = entries.map { matcher.overlapKeys($0.words) }
      for (i, first) in entries.enumerated() {
        for (j, second) in entries.enumerated().dropFirst(i + 1) {
          for (a, b) in matcher.overlaps(first.words, keys[i], second.words, keys[j]) {
            let location = second.words.firstIndex(of: b).flatMap { second.places[safe: $0] }
            diagnostics.append(
              .warning(
                "\(kind) \"\(second.id)\" heeft het woord \"\(b)\", dat ook past bij \"\(a)\" van \(kind) \"\(first.id)\": een docent die het noemt, raakt beide; kies woorden die maar bij één passen",
                at: location))
          }
        }
      }
    }
  }

  private static func checkReachability(
    _ story: Story, matcher: TopicMatcher, model: EmotionModel, places: StoryPlaces,
    into diagnostics: inout [Diagnostic]
  ) {
    let reachable = EmotionGraph(model).reachable(from: model.start)
    let intensities = model.states.filter { reachable.contains($0.id) && $0.ending == nil }.map(\.intensity)
    let calmest = intensities.min() ?? 10
    for (index, topic) in story.topics.enumerated() where topic.openUpToIntensity < calmest {
      diagnostics.append(
        .warning(
          "onderwerp \"\(topic.id)\" is nooit open: openTotIntensiteit is \(topic.openUpToIntensity), maar de rustigste bereikbare toestand heeft intensiteit \(calmest)",
          at: places.topics[safe: index]))
    }
    for (index, fact) in story.keyFacts.enumerated() {
      let location = places.keyFacts[safe: index]
      if fact.openUpToIntensity < calmest {
        diagnostics.append(
          .warning(
            "kern \"\(fact.id)\" is onbereikbaar: openTotIntensiteit is \(fact.openUpToIntensity), maar de rustigste bereikbare toestand heeft intensiteit \(calmest)",
            at: location))
      }
      if waitsForItself(fact, in: story) {
        diagnostics.append(
          .warning("kern \"\(fact.id)\" is onbereikbaar: via \"na\" wacht hij (ook) op zichzelf", at: location))
      }
      if !matcher.topics(in: fact.question).contains(fact.topic) {
        diagnostics.append(
          .warning(
            "de vraag van kern \"\(fact.id)\" (\"\(fact.question)\") bevat geen woord van onderwerp \"\(fact.topic)\": met die vraag komt het nooit boven; voeg een woord toe aan het onderwerp of pas de vraag aan",
            at: location))
      }
    }
  }

  /// Whether following `na` from `fact` leads back to it (or to a key fact that does not exist).
  private static func waitsForItself(_ fact: KeyFact, in story: Story) -> Bool {
    var seen: Set<String> = []
    var queue = fact.after
    while let id = queue.popLast() {
      if id == fact.id { return true }
      guard seen.insert(id).inserted, let next = story.keyFact(id) else { continue }
      queue += next.after
    }
    return false
  }
}

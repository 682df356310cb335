extension Scenario {
  /// One line of `emoties.toestanden[].regels`: a text, or `{"tekst": …, "na": [ids]}`.
  static func decodeStateLines(
    _ elements: [JSONNode], path: String, map: inout ScenarioSourceMap, diagnostics: inout [Diagnostic]
  ) -> [(text: String, after: [String])] {
    var result: [(text: String, after: [String])] = []
    for (index, element) in elements.enumerated() {
      let field = "\(path)[\(index)]"
      switch element.value {
      case .string(let text):
        result.append((text, []))
      case .object:
        guard var object = ObjectReader(element, path: field, into: &diagnostics) else { continue }
        let text = object.string("tekst", into: &diagnostics)
        let after = conditionIDs(&object, field: "\(field).na", map: &map, diagnostics: &diagnostics)
        object.finish(into: &diagnostics)
        if let text { result.append((text, after)) }
      default:
        diagnostics.append(
          .error(
            "\"\(field)\" moet tekst zijn, of een object {\"tekst\": …, \"na\": […]}, maar is \(element.typeName)",
            at: element.location))
      }
    }
    return result
  }

  /// The ids of an optional `na` (one id or a list), recorded in the source map for the validator.
  static func conditionIDs(
    _ object: inout ObjectReader, field: String, map: inout ScenarioSourceMap, diagnostics: inout [Diagnostic]
  ) -> [String] {
    guard let ids = object.stringOrStrings("na", required: false, into: &diagnostics) else { return [] }
    map.story.conditions.append(.init(field: field, ids: ids.map(\.0), locations: ids.map(\.1)))
    return ids.map(\.0)
  }

  /// Decodes the `verhaal` block. Returns nil (with diagnostics) when a required part is missing or wrong.
  static func decodeStory(_ node: JSONNode, map: inout ScenarioSourceMap, diagnostics: inout [Diagnostic]) -> Story? {
    guard var object = ObjectReader(node, path: "verhaal", into: &diagnostics) else { return nil }
    map.story.story = node.location
    let before = diagnostics.count
    var topics: [StoryTopic] = []
    for (index, element) in (object.array("onderwerpen", into: &diagnostics) ?? []).enumerated() {
      if let topic = decodeTopic(element, path: "verhaal.onderwerpen[\(index)]", map: &map, diagnostics: &diagnostics) {
        topics.append(topic)
      }
    }
    var facts: [KeyFact] = []
    for (index, element) in (object.array("kern", into: &diagnostics) ?? []).enumerated() {
      if let fact = decodeKeyFact(element, path: "verhaal.kern[\(index)]", map: &map, diagnostics: &diagnostics) {
        facts.append(fact)
      }
    }
    var points: [SchoolPoint] = []
    for (index, element) in (object.array("schoolpunten", into: &diagnostics) ?? []).enumerated() {
      if let point = decodeSchoolPoint(
        element, path: "verhaal.schoolpunten[\(index)]", map: &map, diagnostics: &diagnostics)
      {
        points.append(point)
      }
    }
    var questions: [ParentQuestion] = []
    for (index, element) in (object.array("vragen", into: &diagnostics) ?? []).enumerated() {
      if let question = decodeQuestion(
        element, path: "verhaal.vragen[\(index)]", map: &map, diagnostics: &diagnostics)
      {
        questions.append(question)
      }
    }
    let confirm = object.strings("bevestigen", required: false, into: &diagnostics)?.map(\.0) ?? []
    let correct = object.strings("corrigeren", required: false, into: &diagnostics)?.map(\.0) ?? []
    let sideTrack = object.strings("zijpad", required: false, into: &diagnostics)?.map(\.0) ?? []
    let unclear = object.strings("onduidelijk", required: false, into: &diagnostics)?.map(\.0) ?? []
    object.finish(into: &diagnostics)
    guard !diagnostics[before...].contains(where: { $0.severity == .fout }) else { return nil }
    return Story(
      topics: topics, keyFacts: facts, schoolPoints: points, questions: questions, confirmLines: confirm,
      correctLines: correct, sideTrackLines: sideTrack, unclearLines: unclear)
  }

  private static func decodeTopic(
    _ node: JSONNode, path: String, map: inout ScenarioSourceMap, diagnostics: inout [Diagnostic]
  ) -> StoryTopic? {
    guard var object = ObjectReader(node, path: path, into: &diagnostics) else { return nil }
    let id = object.string("id", into: &diagnostics)
    let name = object.string("naam", into: &diagnostics)
    let words = object.strings("woorden", into: &diagnostics)
    let open = object.strings("open", into: &diagnostics)?.map(\.0)
    let guarded = object.strings("terughoudend", required: false, into: &diagnostics)?.map(\.0) ?? []
    let threshold = object.int("openTotIntensiteit", in: 0...10, into: &diagnostics)
    let student = object.strings("leerling", required: false, into: &diagnostics)?.map(\.0) ?? []
    object.finish(into: &diagnostics)
    guard let id, let name, let words, let open, let threshold else { return nil }
    map.story.topics.append(node.location)
    map.story.topicWords.append(words.map(\.1))
    return StoryTopic(
      id: id, name: name, words: words.map(\.0), openLines: open, guardedLines: guarded, openUpToIntensity: threshold,
      studentLines: student)
  }

  private static func decodeKeyFact(
    _ node: JSONNode, path: String, map: inout ScenarioSourceMap, diagnostics: inout [Diagnostic]
  ) -> KeyFact? {
    guard var object = ObjectReader(node, path: path, into: &diagnostics) else { return nil }
    let id = object.string("id", into: &diagnostics)
    let topicLocation = object.value("onderwerp", required: false, into: &diagnostics)?.location ?? node.location
    let topic = object.string("onderwerp", into: &diagnostics)
    let fact = object.string("feit", into: &diagnostics)
    let reveal = object.strings("onthulling", into: &diagnostics)?.map(\.0)
    let threshold = object.int("openTotIntensiteit", in: 0...10, into: &diagnostics)
    let after = conditionIDs(&object, field: "\(path).na", map: &map, diagnostics: &diagnostics)
    let question = object.string("vraag", into: &diagnostics)
    object.finish(into: &diagnostics)
    guard let id, let topic, let fact, let reveal, let threshold, let question else { return nil }
    map.story.keyFacts.append(node.location)
    map.story.keyFactTopics.append(topicLocation)
    return KeyFact(
      id: id, topic: topic, fact: fact, revealLines: reveal, openUpToIntensity: threshold, after: after,
      question: question)
  }

  private static func decodeSchoolPoint(
    _ node: JSONNode, path: String, map: inout ScenarioSourceMap, diagnostics: inout [Diagnostic]
  ) -> SchoolPoint? {
    guard var object = ObjectReader(node, path: path, into: &diagnostics) else { return nil }
    let id = object.string("id", into: &diagnostics)
    let point = object.string("punt", into: &diagnostics)
    let words = object.strings("woorden", into: &diagnostics)
    let reaction = object.strings("reactie", into: &diagnostics)?.map(\.0)
    let reactionI = object.strings("reactieIk", required: false, into: &diagnostics)?.map(\.0) ?? []
    let reactionYou = object.strings("reactieJij", required: false, into: &diagnostics)?.map(\.0) ?? []
    object.finish(into: &diagnostics)
    guard let id, let point, let words, let reaction else { return nil }
    map.story.schoolPoints.append(node.location)
    map.story.schoolPointWords.append(words.map(\.1))
    return SchoolPoint(
      id: id, point: point, words: words.map(\.0), reaction: reaction, reactionToIMessage: reactionI,
      reactionToYouMessage: reactionYou)
  }

  private static func decodeQuestion(
    _ node: JSONNode, path: String, map: inout ScenarioSourceMap, diagnostics: inout [Diagnostic]
  ) -> ParentQuestion? {
    guard var object = ObjectReader(node, path: path, into: &diagnostics) else { return nil }
    let id = object.string("id", into: &diagnostics)
    let question = object.string("vraag", into: &diagnostics)
    let again = object.string("opnieuw", into: &diagnostics)
    let words = object.strings("antwoordWoorden", into: &diagnostics)?.map(\.0)
    let after = conditionIDs(&object, field: "\(path).na", map: &map, diagnostics: &diagnostics)
    let fromTurn = object.int("vanafBeurt", in: 1...100, required: false, into: &diagnostics) ?? 1
    object.finish(into: &diagnostics)
    guard let id, let question, let again, let words else { return nil }
    map.story.questions.append(node.location)
    return ParentQuestion(
      id: id, question: question, askAgain: again, answerWords: words, after: after, fromTurn: fromTurn)
  }
}

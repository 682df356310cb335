extension TestConversation {
  /// The largest seed a scenario file may name (the JSON reader takes whole numbers below 10⁹).
  static let seedRange = 0...999_999_999

  /// Decodes one element of `testgesprekken`; nil (with diagnostics) when a required part is missing or wrong.
  static func decode(_ node: JSONNode, path: String, diagnostics: inout [Diagnostic]) -> TestConversation? {
    guard var object = ObjectReader(node, path: path, into: &diagnostics) else { return nil }
    var places = Places()
    places.conversation = node.location
    places.name = object.value("naam", required: false, into: &diagnostics)?.location
    let name = object.string("naam", into: &diagnostics)
    var seeds: Set<UInt64> = []
    var seedsOK = true
    if let seed = object.value("seed", required: false, into: &diagnostics) {
      places.seeds = seed.location
      if let value = object.int("seed", in: seedRange, into: &diagnostics) {
        seeds.insert(UInt64(value))
      } else {
        seedsOK = false
      }
    }
    if let range = object.value("seeds", required: false, into: &diagnostics) {
      places.seeds = places.seeds ?? range.location
      if let values = decodeSeedRange(range, path: "\(path).seeds", diagnostics: &diagnostics) {
        seeds.formUnion(values)
      } else {
        seedsOK = false
      }
    }
    let replies = decodeReplies(&object, path: path, places: &places, diagnostics: &diagnostics)
    let expectation = object.value("verwacht", required: true, into: &diagnostics).flatMap {
      TestExpectation.decode($0, path: "\(path).verwacht", places: &places, diagnostics: &diagnostics)
    }
    object.finish(into: &diagnostics)
    guard let name, let replies, let expectation, seedsOK else { return nil }
    return TestConversation(
      name: name, seeds: seeds.isEmpty ? [defaultSeed] : seeds.sorted(), replies: replies, expectation: expectation,
      places: places)
  }

  /// `seeds: [van, tot]`: every seed from the first to the second, both included.
  private static func decodeSeedRange(_ node: JSONNode, path: String, diagnostics: inout [Diagnostic])
    -> ClosedRange<UInt64>?
  {
    let shape = "\"\(path)\" moet een lijst van twee hele getallen zijn, [van, tot], bijvoorbeeld [1, 10]"
    guard case .array(let elements) = node.value, elements.count == 2 else {
      diagnostics.append(.error(shape, at: node.location))
      return nil
    }
    var bounds: [UInt64] = []
    for element in elements {
      guard case .number(let number) = element.value, number.rounded() == number,
        number >= Double(seedRange.lowerBound), number <= Double(seedRange.upperBound)
      else {
        diagnostics.append(
          .error(
            "\(shape); elk getal tussen \(seedRange.lowerBound) en \(seedRange.upperBound)", at: element.location))
        return nil
      }
      bounds.append(UInt64(number))
    }
    guard bounds[0] <= bounds[1] else {
      diagnostics.append(
        .error(
          "\"\(path)\" is [\(bounds[0]), \(bounds[1])]: het eerste getal mag niet groter zijn dan het tweede",
          at: node.location))
      return nil
    }
    guard bounds[1] - bounds[0] < UInt64(maximumSeeds) else {
      diagnostics.append(
        .error(
          "\"\(path)\" vraagt \(bounds[1] - bounds[0] + 1) seeds; neem er hoogstens \(maximumSeeds), zodat controleer snel blijft",
          at: node.location))
      return nil
    }
    return bounds[0]...bounds[1]
  }

  /// `antwoorden`: at least one line, each one line as typed (an empty text is an empty line: Enter).
  private static func decodeReplies(
    _ object: inout ObjectReader, path: String, places: inout Places, diagnostics: inout [Diagnostic]
  ) -> [String]? {
    let node = object.value("antwoorden", required: false, into: &diagnostics)
    guard let replies = object.strings("antwoorden", into: &diagnostics) else { return nil }
    if replies.isEmpty {
      diagnostics.append(
        .error(
          "\"\(path).antwoorden\" is leeg: schrijf op wat de docent typt, één regel per antwoord",
          at: node?.location))
      return nil
    }
    var usable = true
    for (index, (reply, location)) in replies.enumerated() where reply.contains(where: \.isNewline) {
      diagnostics.append(
        .error(
          "\"\(path).antwoorden[\(index)]\" bevat een regeleinde; zet elke regel die de docent typt in een eigen antwoord",
          at: location))
      usable = false
    }
    places.replies = replies.map(\.1)
    return usable ? replies.map(\.0) : nil
  }
}

extension TestExpectation {
  /// Decodes `verwacht`; nil (with diagnostics) when it is unusable.
  static func decode(
    _ node: JSONNode, path: String, places: inout TestConversation.Places, diagnostics: inout [Diagnostic]
  ) -> TestExpectation? {
    guard var object = ObjectReader(node, path: path, into: &diagnostics) else { return nil }
    places.outcome = object.value("uitkomst", required: false, into: &diagnostics)?.location
    let outcomes = decodeOutcomes(&object, path: path, at: places.outcome, diagnostics: &diagnostics)
    let states = object.strings("toestanden", required: false, into: &diagnostics) ?? []
    let found = object.strings("kernGevonden", required: false, into: &diagnostics) ?? []
    let notFound = object.strings("kernNietGevonden", required: false, into: &diagnostics) ?? []
    places.minimumEndingScore = object.value("afrondingMinstens", required: false, into: &diagnostics)?.location
    var scoreOK = true
    var score: Int?
    if places.minimumEndingScore != nil {
      score = object.int("afrondingMinstens", in: 0...100, into: &diagnostics)
      scoreOK = score != nil
    }
    object.finish(into: &diagnostics)
    places.states = states.map(\.1)
    places.keyFactsFound = found.map(\.1)
    places.keyFactsNotFound = notFound.map(\.1)
    guard let outcomes, scoreOK else { return nil }
    return TestExpectation(
      outcomes: outcomes, states: states.map(\.0), keyFactsFound: found.map(\.0), keyFactsNotFound: notFound.map(\.0),
      minimumEndingScore: score)
  }

  /// `uitkomst`: one outcome, or a list of outcomes of which the conversation must reach one.
  private static func decodeOutcomes(
    _ object: inout ObjectReader, path: String, at place: SourceLocation?, diagnostics: inout [Diagnostic]
  ) -> [ConversationOutcome]? {
    guard let words = object.stringOrStrings("uitkomst", into: &diagnostics) else { return nil }
    let allowed = ConversationOutcome.allCases.map(\.rawValue)
    var outcomes: [ConversationOutcome] = []
    var usable = !words.isEmpty
    if words.isEmpty {
      diagnostics.append(.error("\"\(path).uitkomst\" is een lege lijst; noem minstens één uitkomst", at: place))
    }
    for (word, location) in words {
      guard let outcome = ConversationOutcome(rawValue: word) else {
        let hint = Suggestion.closest(to: word, in: allowed).map { "; bedoelt u \"\($0)\"?" } ?? ""
        diagnostics.append(
          .error(
            "\"\(path).uitkomst\" is \"\(word)\", maar moet een van deze zijn: \(allowed.joined(separator: ", "))\(hint)",
            at: location))
        usable = false
        continue
      }
      outcomes.append(outcome)
    }
    return usable ? outcomes : nil
  }
}

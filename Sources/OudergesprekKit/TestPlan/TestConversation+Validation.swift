extension TestConversation {
  /// The problems of a scenario's test conversations that need the whole scenario: a state that does not exist,
  /// a name used twice, a key fact both expected and not expected.
  public static func validate(_ scenario: Scenario) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let stateIDs = scenario.emotions.states.map(\.id)
    var names: [String: Int] = [:]
    for (index, test) in scenario.testConversations.enumerated() {
      let field = "testgesprekken[\(index)]"
      if let first = names[test.name] {
        diagnostics.append(
          .error(
            "testgesprek '\(test.name)' heeft dezelfde naam als testgesprekken[\(first)]; geef elk testgesprek een eigen naam",
            at: test.places.name))
      } else {
        names[test.name] = index
      }
      for (position, state) in test.expectation.states.enumerated() where !stateIDs.contains(state) {
        let hint = Suggestion.closest(to: state, in: stateIDs).map { "; bedoelt u \"\($0)\"?" } ?? ""
        diagnostics.append(
          .error(
            "\(field).verwacht.toestanden noemt \"\(state)\", maar die toestand bestaat niet\(hint) (toestanden: \(stateIDs.joined(separator: ", ")))",
            at: test.places.states[safe: position] ?? test.places.conversation))
      }
      let facts = scenario.story?.keyFacts.map(\.id) ?? []
      let named =
        zip(test.expectation.keyFactsFound, test.places.keyFactsFound).map { ($0, $1, "kernGevonden") }
        + zip(test.expectation.keyFactsNotFound, test.places.keyFactsNotFound).map { ($0, $1, "kernNietGevonden") }
      for (fact, location, list) in named where !facts.contains(fact) {
        let known =
          facts.isEmpty
          ? "dit scenario heeft geen verhaal.kern" : "kernfeiten: \(facts.joined(separator: ", "))"
        let hint = Suggestion.closest(to: fact, in: facts).map { "; bedoelt u \"\($0)\"?" } ?? ""
        diagnostics.append(
          .error(
            "\(field).verwacht.\(list) noemt kern \"\(fact)\", maar dat kernfeit bestaat niet\(hint) (\(known))",
            at: location))
      }
      let found = Set(test.expectation.keyFactsFound)
      for (position, fact) in test.expectation.keyFactsNotFound.enumerated() where found.contains(fact) {
        diagnostics.append(
          .error(
            "\(field).verwacht noemt kern \"\(fact)\" zowel bij kernGevonden als bij kernNietGevonden; kies er één",
            at: test.places.keyFactsNotFound[safe: position] ?? test.places.conversation))
      }
    }
    return diagnostics
  }
}

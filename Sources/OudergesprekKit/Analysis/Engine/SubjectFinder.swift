/// The pass that finds the other person as the subject of a sentence ("u", "jij", "uw zoon", "Kevin"), for the
/// combination `onderwerp(ander)`.
struct SubjectFinder: Sendable {
  /// Words for the other person: u, jij, jullie, hij.
  let otherPerson: WordSet
  /// Words after which the other person is no subject ("van u"): prepositions and "die".
  let nonSubjectAfter: WordSet
  /// Possessives that make a following person the subject ("uw zoon", not "uw opmerking").
  let possessives: WordSet
  /// Persons after a possessive: zoon, dochter, kind.
  let persons: WordSet

  /// The position of the first word that makes the other person the subject, or nil.
  func otherSubject(in sentence: TextSentence) -> Int? {
    let tokens = sentence.tokens
    return tokens.indices.first { index in
      let token = tokens[index]
      if possessives.contains(token) {  // "uw zoon" is the other person, "uw opmerking" is not
        return index + 1 < tokens.count && persons.contains(tokens[index + 1])
      }
      guard otherPerson.contains(token) || token.isName else { return false }
      if token.isName && !otherPerson.contains(token) {
        // A name said to someone ("Kevin, dat is onzin." / "..., Kevin.") is no subject.
        let last = tokens.count - 1
        if index == 0 && last > 0 && tokens[1].commaBefore { return false }
        if index == last && token.commaBefore { return false }
      }
      guard index > 0, nonSubjectAfter.contains(tokens[index - 1]) else { return true }
      // "van u" is no subject, but "die jongen van u" is the child of the other person.
      return index > 1 && persons.contains(tokens[index - 2])
    }
  }
}

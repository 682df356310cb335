/// The one place where the story reads text through the analyser: its sentence splitter, normaliser and typo
/// correction, with a vocabulary of the story's own words.
///
/// Kept narrow on purpose: the analyser's internals may change, and only this file knows them.
struct StoryTokenizer: Sendable {
  private let splitter: SentenceSplitter

  /// A tokenizer that corrects small typos towards `words` (words of at least five letters).
  init(words: [String]) {
    let plain = SentenceSplitter(vocabulary: Vocabulary(), abbreviations: [])
    var vocabulary = Vocabulary()
    var own: Set<String> = []
    for phrase in words {
      for sentence in plain.sentences(in: phrase) {
        for token in sentence.tokens {
          vocabulary.intern(token.word)
          own.insert(token.word)
        }
      }
    }
    // An ordinary Dutch word is no typo of a story word ("gezien" is not "gezin"); a story word of its own stays
    // one a typo can reach ("thius" is "thuis").
    vocabulary.enableTypoCorrection(
      minimumLength: 5, protectedWords: Self.ordinaryWords.filter { !own.contains(WordNormalizer.normalize($0)) })
    splitter = SentenceSplitter(vocabulary: vocabulary, abbreviations: [])
  }

  /// Ordinary Dutch words that look like another word with one letter changed: the analyser's own list and the
  /// story engine's word lists.
  static let ordinaryWords: [String] =
    DutchProtectedWords.all + Array(DutchStoryWords.frequent) + DutchStoryWords.viewWords
    + DutchStoryWords.schoolWords + DutchStoryWords.caseNouns + DutchStoryWords.everydayWords
    + DutchStoryWords.unrelatedSubjects.filter { !$0.contains(" ") }

  /// The words of `text`, normalised (lower case, no diacritics or apostrophes) and corrected where a small typo
  /// of exactly one story word was made; sentence ends are kept as empty strings so phrases do not span them.
  func words(in text: String) -> [String] {
    var result: [String] = []
    for sentence in splitter.sentences(in: text) {
      if !result.isEmpty { result.append("") }
      result += sentence.tokens.map(\.word)
    }
    return result
  }

  /// The sentences of `text`: their words and whether each ends with a question mark.
  func sentences(in text: String) -> [(words: [String], isQuestion: Bool)] {
    splitter.sentences(in: text).map { ($0.tokens.map(\.word), $0.terminator == .question) }
  }
}

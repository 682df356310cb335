/// Splits a reply into sentences of normalised words, by hand (no regular expressions: this is the hot path).
struct SentenceSplitter: Sendable {
  let vocabulary: Vocabulary
  let abbreviations: Set<String>

  /// The sentences of `text`, empty ones left out.
  func sentences(in text: String) -> [TextSentence] {
    var sentences: [TextSentence] = []
    var tokens: [TextToken] = []
    // The folded letters of the current word, as UTF-8 (one buffer for the whole reply).
    var word: [UInt8] = []
    word.reserveCapacity(32)
    var wordStart = text.startIndex
    var wordEnd = text.startIndex
    var capitalised = false
    var commaPending = false
    let scalars = text.unicodeScalars
    var index = scalars.startIndex

    func finishWord() {
      guard !word.isEmpty else { return }
      // Most words are lexicon words in ASCII: their id and their String (the lexicon's own) without a new one.
      if let id = vocabulary.knownASCIIWord(word) {
        tokens.append(
          TextToken(
            word: vocabulary.words[Int(id)], id: id, range: wordStart..<wordEnd, isName: false,
            commaBefore: commaPending))
        word.removeAll(keepingCapacity: true)
        commaPending = false
        return
      }
      let normalised = String(decoding: word, as: UTF8.self)
      let (id, corrected) = vocabulary.lookup(normalised)
      let sentenceInitial = tokens.isEmpty
      tokens.append(
        TextToken(
          word: corrected ?? normalised, id: id, range: wordStart..<wordEnd,
          isName: id < 0
            && ((capitalised && (!sentenceInitial || !vocabulary.isKnownLowercase(normalised)))
              || vocabulary.isFirstName(normalised)),
          commaBefore: commaPending))
      word.removeAll(keepingCapacity: true)
      commaPending = false
    }
    func finishSentence(_ terminator: TextSentence.Terminator) {
      finishWord()
      if !tokens.isEmpty { sentences.append(TextSentence(tokens: tokens, terminator: terminator)) }
      tokens = []
      commaPending = false
    }

    while index < scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      let following = next < scalars.endIndex ? scalars[next] : nil
      if let folded = WordNormalizer.fold(scalar) {
        if word.isEmpty {
          wordStart = index
          capitalised = WordNormalizer.isUppercase(scalar)
        }
        if folded.value < 128 {
          word.append(UInt8(folded.value))
        } else {
          UTF8.encode(folded) { word.append($0) }
        }
        wordEnd = next
      } else {
        switch scalar {
        case "'", "’", "‘", "`":
          break  // 's avonds, zo'n: the apostrophe disappears, the word goes on
        case "-":
          if word.isEmpty || following.flatMap(WordNormalizer.fold) == nil { finishWord() }
        case ".":
          if !word.isEmpty, following.flatMap(WordNormalizer.fold) != nil {
            break  // m.a.w., 4.8: the word goes on
          }
          let isAbbreviation = !word.isEmpty && abbreviations.contains(String(decoding: word, as: UTF8.self))
          if isAbbreviation { finishWord() } else { finishSentence(.statement) }
        case ",":
          if !word.isEmpty, following.flatMap(WordNormalizer.fold) != nil, let last = word.last,
            last >= 48 && last <= 57
          {
            break  // 4,8
          }
          finishWord()
          commaPending = true
        case ":", ";", "–", "—":
          finishWord()
          commaPending = true
        case "?":
          finishSentence(.question)
        case "!":
          finishSentence(.statement)
        case "\n", "\r", "…":
          finishSentence(.none)
        default:
          finishWord()
        }
      }
      index = next
    }
    finishSentence(.none)
    return sentences
  }
}

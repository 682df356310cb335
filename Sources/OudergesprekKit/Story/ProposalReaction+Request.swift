extension ProposalReaction {
  /// The modal and subject that put a request to her ("zou u", "wilt u") or to the student ("wil je").
  static let requestOpeners: [[String]] = [
    ["wilt", "u"], ["zou", "u"], ["kunt", "u"], ["wil", "je"], ["zou", "je"], ["kun", "je"], ["kan", "je"],
    ["wil", "jij"], ["zou", "jij"], ["kun", "jij"], ["willen", "jullie"], ["zouden", "jullie"], ["kunnen", "jullie"],
  ]

  /// Verbs of something she (or the student) can do about the case: a request with one is a step to take or refuse.
  static let actionVerbs: Set<String> = [
    "bespreken", "bespreekt", "praten", "praat", "letten", "let", "kijken", "kijkt", "bellen", "belt", "mailen",
    "mailt", "laten", "zorgen", "zorgt", "helpen", "helpt", "controleren", "controleert", "meekomen", "meenemen",
    "ondertekenen", "tekenen", "aanmelden", "langskomen", "doorgeven", "vragen", "vraagt", "ophalen", "brengen",
    "stimuleren", "proberen", "probeert", "houden", "steunen", "oefenen", "maken", "geven", "lezen", "meedenken",
    "afspreken", "sturen", "opnemen", "ingaan", "meedoen", "nakijken", "inplannen",
  ]

  /// Verbs of telling: "Wilt u vertellen wat er gebeurd is?" invites her story, it asks her to do nothing.
  static let tellingVerbs: Set<String> = [
    "vertellen", "vertelt", "zeggen", "zegt", "uitleggen", "leggen", "beschrijven", "noemen", "kwijt",
    "voorstellen", "herinneren", "toelichten", "aangeven", "delen",
  ]

  /// Whether `text` asks her (or the student) to do something about the case ("Zou u thuis met hem willen bespreken
  /// dat het geen straf is?", "Wat vindt u ervan, en wilt u erop letten dat ...?"): a request she takes or refuses,
  /// as a proposal. An invitation to tell ("Wilt u eerst vertellen wat u dwarszit?") is none.
  static func requestsAction(_ text: String) -> Bool {
    StoryReading.sentences(of: text).contains { sentence in
      guard sentence.trimmingCharacters(in: .whitespaces).hasSuffix("?") else { return false }
      let words = sentence.lowercased().replacingOccurrences(of: ",", with: " , ")
        .split(whereSeparator: { !$0.isLetter && $0 != "," }).map(String.init)
      guard
        let start = words.indices.first(where: { index in
          requestOpeners.contains { opener in
            index + opener.count <= words.count && Array(words[index..<index + opener.count]) == opener
          } && (index == 0 || [",", "en"].contains(words[index - 1]))
        })
      else { return false }
      let rest = words[(start + 2)...]
      return rest.contains(where: actionVerbs.contains) && !rest.contains(where: tellingVerbs.contains)
    }
  }
}

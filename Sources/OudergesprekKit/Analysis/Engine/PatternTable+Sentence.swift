extension PatternTable {
  /// Finds every rule's first match in one sentence into `scratch`: the match at the earliest word, and among
  /// matches there the rule's first pattern in lexicon order (patterns whose first word is an affix last).
  ///
  /// `scratch.starts` are the positions where an anchored pattern may start; `scratch.negated` flags the
  /// negation words; `negationCancels` says per rule whether a negation inside its match cancels it. Each group
  /// of entries with the same pattern is matched once per word, however many rules use it.
  func findRuleHits(_ scratch: inout MatchScratch, negationCancels: [Bool]) {
    presentConditions(scratch.words, into: &scratch.present)
    let present = scratch.present
    let starts = scratch.starts
    let negated = scratch.negated
    let sentence = scratch.words
    let entryCount = Int32(entries.count)
    var hitRules = scratch.hitRules
    defer { scratch.hitRules = hitRules }
    entries.withUnsafeBufferPointer { entries in
      groups.withUnsafeBufferPointer { groups in
        groupEntries.withUnsafeBufferPointer { groupEntries in
          scratch.hits.withUnsafeMutableBufferPointer { hits in
            scratch.cancelled.withUnsafeMutableBufferPointer { cancelled in
              // Whether entry `index` (at priority `priority`) could still change the findings at `start`.
              func wanted(_ index: Int32, _ start: Int, _ priority: Int32) -> Bool {
                let entry = entries[Int(index)]
                let rule = Int(entry.rule)
                if entry.cancels { return !cancelled[rule] }
                let hitStart = hits[rule * 3]
                return hitStart < 0 || (hitStart == Int32(start) && hits[rule * 3 + 2] > priority)
              }
              func attempt(_ groupIndex: Int, at start: Int, rank: Int32) {
                let group = groups[groupIndex]
                if group.filter >= 0 && present[Int(group.filter) >> 6] & (1 << UInt64(group.filter & 63)) == 0 {
                  return
                }
                if group.anchoredAtStart && !starts.contains(start) { return }
                let members = Int(group.entryStart)..<Int(group.entryEnd)
                guard members.contains(where: { wanted(groupEntries[$0], start, rank + groupEntries[$0]) }),
                  let end = match(Int(group.shape), sentence, at: start)
                else { return }
                let mentionsNegation = shapes[Int(group.shape)].mentionsNegation
                for member in members {
                  let index = groupEntries[member]
                  let priority = rank + index
                  guard wanted(index, start, priority) else { continue }
                  let rule = Int(entries[Int(index)].rule)
                  if entries[Int(index)].cancels {
                    cancelled[rule] = true
                    continue
                  }
                  if negationCancels[rule] && !mentionsNegation && negated[start..<end].contains(true) { continue }
                  if hits[rule * 3] < 0 { hitRules.append(rule) }
                  hits[rule * 3] = Int32(start)
                  hits[rule * 3 + 1] = Int32(end)
                  hits[rule * 3 + 2] = priority
                }
              }
              for start in 0..<sentence.count {
                let id = Int(sentence.ids[start])
                if id >= 0 {
                  for group in Int(indexStarts[id])..<Int(indexStarts[id + 1]) { attempt(group, at: start, rank: 0) }
                }
                if sentence.names[start] {
                  for group in nameGroups { attempt(group, at: start, rank: 0) }
                }
                for group in affixGroups {
                  let first = elements[Int(shapes[Int(groups[group].shape)].elementStart)].condition
                  if accepts(first, sentence, start) { attempt(group, at: start, rank: entryCount) }
                }
              }
            }
          }
        }
      }
    }
  }
}

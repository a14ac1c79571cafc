// Items numbered from 0 in the order they are appended, of which those at the front that are done
// with can be dropped while the numbers of the rest stay: the galley's blocks and the flow list
// of a long issue, which pages take from the front while the body is still being set, so only a
// few pages' worth are held at a time.
#pragma once

#include <cassert>
#include <cstddef>
#include <deque>
#include <initializer_list>
#include <vector>

namespace folio {

template <typename T>
class NumberedDeque {
 public:
  NumberedDeque() = default;
  NumberedDeque(std::initializer_list<T> items) : items_(items) {}
  NumberedDeque(const std::vector<T>& items) : items_(items.begin(), items.end()) {}  // NOLINT: a list is its items

  const T& operator[](std::size_t i) const {
    assert(has(i));
    return items_[i - dropped_];
  }
  T& operator[](std::size_t i) {
    assert(has(i));
    return items_[i - dropped_];
  }
  std::size_t size() const { return dropped_ + items_.size(); }  // every item ever appended
  bool empty() const { return size() == 0; }
  bool has(std::size_t i) const { return i >= dropped_ && i < size(); }  // appended, not dropped
  void push_back(T item) { items_.push_back(std::move(item)); }
  T& back() { return items_.back(); }
  const T& back() const { return items_.back(); }

  // Drops the items before number `index`.
  void drop_before(std::size_t index) {
    while (dropped_ < index && !items_.empty()) {
      items_.pop_front();
      ++dropped_;
    }
  }
  // Drops the front items for which `done` is true, up to the first for which it is not.
  template <typename Done>
  void drop_front_while(Done done) {
    while (!items_.empty() && done(items_.front())) {
      items_.pop_front();
      ++dropped_;
    }
  }

  // The items not dropped, in order.
  typename std::deque<T>::const_iterator begin() const { return items_.begin(); }
  typename std::deque<T>::const_iterator end() const { return items_.end(); }

 private:
  std::deque<T> items_;
  std::size_t dropped_ = 0;
};

}  // namespace folio

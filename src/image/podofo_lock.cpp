#include "image/podofo_lock.hpp"

namespace folio::image {

std::mutex& podofo_document_lock() {
  static std::mutex lock;
  return lock;
}

}  // namespace folio::image

// PoDoFo stamps every document it makes with the time, through localtime(), whose one buffer all
// threads share: whatever makes or loads a PoDoFo document (the PDF writer, the PDF picture
// reader) holds this lock meanwhile, so renders on several threads take turns there.
#pragma once

#include <mutex>

namespace folio::image {

std::mutex& podofo_document_lock();

}  // namespace folio::image

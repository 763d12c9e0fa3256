import { createErrorBlock } from 'antd-mobile';
import { disconnectedImage } from 'antd-mobile/es/components/error-block/images/disconnected';
import { emptyImage } from 'antd-mobile/es/components/error-block/images/empty';

/**
 * antd-mobile's ErrorBlock with only the pictures the app shows («empty», «disconnected»): its own
 * ErrorBlock brings all four (~38 KB of inline SVG, ~4 KB gzipped) to every screen that uses it,
 * the profile of a signed-in device included.
 */
export const ErrorBlock = createErrorBlock({ empty: emptyImage, disconnected: disconnectedImage });

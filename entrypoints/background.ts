import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from '../lib/background/background';

export default defineBackground(() => {
  createBackground().register();
});

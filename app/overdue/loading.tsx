export { LoadingView as default } from "@/components/view/loading-view";
